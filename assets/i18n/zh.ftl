# sco-explorer：简体中文界面文本。

## 日期

date-day = { $year }年{ $monthnum }月{ $day }日
date-month = { $year }年{ $monthnum }月
date-month-since = { $year }年{ $monthnum }月
date-year = { $year }年
# 时间轴刻度上的年份。
date-axis-year = { $year }年
date-span = { $from }至{ $to }
month-name = { $month }月
month-genitive = { $month }月
month-short = { $month }月

month-short-alone = { $month }月
## 数量

count-countries = { $count }个国家

## 通用部分

# 列表各项之间：“中国、俄罗斯”。
list-separator = {"、"}
place-city-country = { $country }{ $city }
date-place = { $date }，{ $place }
fallback-badge = EN
fallback-tooltip = 尚未翻译：以英文显示。
confidence-conflict = 来源说法不一：
confidence-unverified = 未经核实：
as-of = 截至日期
# 一种身份的数量：“观察员国：2”。$heading 为该身份作标题时的名称；
# 中文不需要 $one 和 $many。
headcount-item = { $heading }：{ $count }
headcount-members = { $count }个成员国

## 详情面板

details-kind-event = 活动
details-kind-country = 国家
details-kind-organisation = 组织（非国家）
details-kind-overview = 概览
# 字段名称，后接其值：“成立：”。
field-name = { $name }：
field-when = 时间：
field-where = 地点：
field-series = 系列：
field-number = 届次：
number-in-series = 该系列第{ $numbers }次
# 联合会议的届次：“28和29”。
numbers-joint = { $first }和{ $last }
field-format = 形式：
format-in-person = 线下
format-virtual = 线上（视频会议）
format-hybrid = 线上线下结合
field-participants = 参加方：
field-observers = 观察员国：
field-size = 规模：
field-note = 备注：
heading-outcomes = 成果
heading-status-decisions = 身份决定
status-from = 自{ $date }起
heading-sources = 来源
source-unknown = （来源不明）
country-not-a-state = 不是国家，因此不在地图上显示。
field-on-date = 截至{ $date }：
status-none = 无身份
heading-status-history = 身份历史
period-until-today = 今
period-span = { $from }至{ $to }
decided-at = 决定于
# $kinds：数据集中第一类活动的名称，例如“峰会”。
heading-hosted = 主办的{ $kinds }（{ $count }）
heading-took-part = 参加的活动（{ $count }）
took-part-none = 本数据集中没有记录。
organisation-heading = { $name }（{ $short }）
field-founded = 成立：
field-languages = 官方语言：
languages-none = 未规定官方语言
heading-milestones = 大事记
overview-hint = 在列表中选择一个国家，或在时间轴上选择一个活动，即可查看详情。
heading-bodies = 机构
heading-secretaries-general = 秘书长
sg-in-office = 今
start-here = 从这里开始
start-here-country = 单击列表中的国家，查看它何时加入、参加过哪些活动。
start-here-marker = 单击时间轴上的标记，打开峰会、演习或演练。
start-here-date = 拖动日期（或按 [ 和 ]）查看各个时期有哪些国家；“地图”会直观显示。
start-here-present = 按 F5 向全班演示，按 F1 查看所有按键。
start-here-got-it = 知道了

## 成员列表

list-heading = 国家
list-status-as-of = 截至{ $date }的身份
list-search = 搜索
list-search-hint = 国家和活动（Ctrl+F）
list-no-match = 没有与搜索匹配的结果。
list-searching = 正在搜索…
# 分组标题：“成员国（10）”。
list-group-heading = { $title }（{ $count }）
list-group-former = 曾有身份
list-group-not-yet = 尚无身份
list-group-events = 活动
list-since = 自{ $date }起
list-from = 自{ $date }起
list-former-until = { $status }（至{ $date }）
list-in-this-event = • 参加此活动

## 按键（帮助窗口和 README 中的表格）

# 功能相同的两个按键之间：“Ctrl+F 或 /”。
keys-or = {" 或 "}
key-open = 打开数据集文件
key-save-png = 将视图（或幻灯片）保存为 PNG
key-ui-larger = 放大界面
key-ui-smaller = 缩小界面
key-ui-reset-size = 界面恢复正常大小（1倍；幻灯片上为1.75倍）
key-previous-panel = 键盘焦点移至上一个面板
key-focus-search = 搜索国家和活动
key-previous-event = 按时间顺序的上一个活动（仅限显示的类型；搜索时为匹配项）
key-next-event = 按时间顺序的下一个活动（仅限显示的类型；搜索时为匹配项）
key-list-up = 在国家列表中上移
key-list-down = 在国家列表中下移
key-list-activate = 选择高亮的行
key-back = 每按一次退一步：离开输入框，关闭对话框或帮助，清除搜索、取消选择，最后退出比较
key-zoom-reset = 在时间轴上显示全部历史
key-zoom-in = 放大时间轴
key-zoom-out = 缩小时间轴
key-date-back = 日期回退一年
key-date-forward = 日期前进一年
key-toggle-map = 在中央显示地图或时间轴
key-toggle-play = 播放或暂停地图动画（从第一天开始，或从所选日期开始）
key-present = 从第一张幻灯片开始演示：全屏、大字号、每步一张幻灯片
key-present-here = 从所选对象开始演示（否则从上次显示的幻灯片开始）
key-next-panel = 键盘焦点移至下一个面板：列表、时间轴或地图、详情
key-toggle-help = 本帮助
key-next-slide = 下一张幻灯片
key-previous-slide = 上一张幻灯片
key-first-slide = 第一张幻灯片
key-last-slide = 最后一张幻灯片
key-toggle-presenter-view = 带教师备注的演讲者视图
key-spotlight = 按住：在指针周围显示醒目的大光圈，便于投影观看
key-leave-presentation = 退出演示

## 帮助窗口

help-title = 关于与键盘快捷键
help-about = sco-explorer { $version } 展示{ $organisation }的历史：哪些国家何时加入，每一次峰会，每一次联合演习和演练。
help-everywhere = 全局
help-explorer = 浏览模式
help-slides = 幻灯片（演示模式）
help-mouse = 鼠标操作
mouse-wheel = Ctrl+滚轮 / 拖动
mouse-wheel-does = 缩放/平移时间轴；在地图上用滚轮和拖动
mouse-click = 单击
mouse-click-does = 选择标记；单击时间轴空白处可移动日期
mouse-double-click = 双击
mouse-double-click-does = 在时间轴上显示全部历史
help-about-data = 关于数据
help-sources-cited = 共引用{ $count }个来源；详情面板中的每条事实都列出了各自的来源。标有“来源说法不一”或“未经核实”的事实附有说明原因的注释。
help-all-sources = 全部来源

## 状态栏

status-sizes = { $countries }个国家 · { $events }个活动 · { $sources }个来源
status-members-on = 截至{ $date }：{ $members }
status-help-hint = F1：帮助

## 错误面板

error-heading = 无法打开数据集：{ $error }
error-still-showing = （仍在显示{ $name }）
error-dismiss = 关闭
error-in-english = 以下问题按命令行的输出以英文列出。

## 顶栏和菜单

dataset-sco = 上合组织
dataset-asean = 东盟
dataset-brics = 金砖国家
dataset-csto = 集安组织
window-title = { $org } — 区域合作浏览器
menu-file = 文件
menu-open = 打开数据集…
menu-reload = 从磁盘重新加载
menu-show-bundled = 显示内置的{ $name }数据集
menu-save-png = 将视图保存为 PNG
menu-quit = 退出
menu-view = 视图
menu-theme = 主题
menu-theme-system = 跟随系统
menu-theme-light = 浅色
menu-theme-dark = 深色
menu-language = 语言
menu-whole-history = 全部历史
menu-map-or-timeline = 地图或时间轴
menu-larger = 放大界面
menu-smaller = 缩小界面
menu-normal-size = 界面正常大小
menu-help = 帮助
menu-shortcuts = 键盘快捷键与来源
top-dataset = 数据集
top-open-file = 打开文件…
top-present = ▶ 演示（F5）
top-present-tip = 用于课堂的全屏幻灯片
top-to-light = ☀ 切换到浅色
top-to-light-tip = 使用浅色主题
top-to-dark = 🌙 切换到深色
top-to-dark-tip = 使用深色主题

## 时间轴

timeline-show = 显示：
timeline-status-lane = 身份变化
timeline-zoom-out = 缩小（−）
timeline-zoom-in = 放大（+）
timeline-whole-history = 全部历史
timeline-whole-history-tip = 重置缩放（Home）
timeline-previous = ◀ 上一个
timeline-previous-tip = 上一个活动（←）
timeline-next = 下一个 ▶
timeline-next-tip = 下一个活动（→）
timeline-go-to = 转到
timeline-go-to-hint = YYYY-MM-DD
# 没有城市的峰会标记下方显示（视频会议）。
timeline-no-city = 线上
timeline-as-of-label = 截至{ $date }
timeline-status-from = 自{ $date }起为{ $status }
confidence-conflict-short = 来源说法不一
confidence-unverified-short = 未经核实
counts-members = 成员国
# 数量图图例中的一行：“成员国（10）”。
counts-line = { $label }（{ $count }）
counts-others = 其他身份（{ $count }）

## 地图

map-canvas = 国家地图
map-play = ▶ 播放
map-play-tip = 从所选日期播放到最后一天，每秒一年（到达末尾后从第一天开始）
map-play-from-start = ⏮ 从头播放
map-play-from-start-tip = 从第一天开始播放（Shift+Space）
key-play-from-start = 从第一天开始播放
map-pause = ⏸ 暂停
map-pause-tip = 停止动画（按任意键或单击也会停止）
map-reset-view = 重置视图
map-reset-view-tip = 重新显示所有国家（滚轮缩放，拖动平移）
map-not-associated = 与该组织无关联
map-no-code = Natural Earth 中没有国家代码的区域
map-status-since = 自{ $date }起为{ $status }
map-no-status-on = { $date }时无身份
map-click-for-history = 单击查看其历史
map-no-status = 无身份
map-borders-note = 边界：采用 Natural Earth 数据；争议地区（其分离与争议地区图层）以斜线表示，不按任何组织着色；其余遵循联合国地图惯例（台湾作为中国的一部分）。小国以圆点表示。
# 所选活动在地图上的地点，当它代表东道国时。
map-host = 东道国：{ $country }，{ $place }

## 幻灯片和演讲者视图

slide-no-steps = 此导览没有步骤。
slide-all-events = 按时间顺序排列的全部活动
slide-tour = 导览
slide-counter = { $step } / { $count }
slide-leave = 退出演示（Esc）
slide-presenter-view = 演讲者视图（P）
# 幻灯片上的一项身份决定：“印度：成员国”。
slide-decision = { $country }：{ $status }
slide-decision-group = { $status }（{ $count }）：{ $names }
slide-continued = { $title }（续）
slide-scale = 大小 { $scale }×
slide-status-decisions = 身份决定
slide-participants = 参加方：{ $names }
slide-size = 规模：{ $size }
slide-sources = 来源：{ $names }
slide-memberships-kicker = { $date }的成员资格
slide-memberships-line = { $org }：{ $status }，自{ $from }起
slide-memberships-none = 未加入：{ $orgs }
# 国家幻灯片上的一段身份时期：“成员国：2017年6月9日至今”。
slide-period = { $status }：{ $from }至{ $to }
# 进度条上当前步骤的标签：“上合组织第十七次峰会，阿斯塔纳（2017年）”。
slide-strip-label = { $title }（{ $year }）
slide-end-of-tour = （导览结束）
presenter-title = 演讲者视图 — SCO Explorer
presenter-note = 教师备注
presenter-no-note = （此步骤没有备注）
presenter-next = 下一步
presenter-keys = 下一步：→、Space、PageDown · 上一步：←、PageUp · P 关闭此视图 · Esc 退出演示

## 中央标签页、打开对话框和状态消息

tab-timeline = 时间轴
tab-timeline-tip = 按时间排列的活动和身份变化（M）
tab-map = 地图
tab-map-tip = 按所选日期的身份为国家着色（M）
tab-memberships = 成员资格
tab-memberships-tip = 一个国家在各组织中的身份，同一时间轴
tab-overlap = 交叉成员
tab-overlap-tip = 所选日期各国在各组织中的身份
memberships-empty = 没有组织列出任何国家。
memberships-none = —
memberships-standing = { $country }，{ $date }：{ $statuses }
memberships-country = 国家
memberships-open-hint = 点击在其所属组织中打开
memberships-changes = 身份变化及决定变化的事件
memberships-no-changes = 没有组织列出该国。
memberships-uncertain = 数据集将此身份标为有争议或未经核实：打开可阅读说明
memberships-ended = { $org }：退出（自该日起无身份）
memberships-period = { $from } – { $to }
memberships-since = 自{ $from }起
overlap-country = 国家
overlap-code = ISO代码
overlap-unsure = 有争议或未核实
overlap-export = 保存为CSV
overlap-export-tip = 将当前显示的表格（含排序和筛选）保存为CSV文件，存入保存文件夹
overlap-sort-tip = 按此列排序（再次点击则倒序）
overlap-cell-tip = 点击（或按Enter）在该组织中打开该国
overlap-summary = { $date }：{ $any }个国家至少属于一个组织，{ $two }个属于两个或以上
open-title = 打开数据集
open-file = 文件
open-file-hint = 路径/数据集.ron
open-button = 打开
notice-showing-bundled = 正在显示内置的{ $name }数据集
notice-loading = 正在加载 { $path }…
notice-load-failed = 无法打开 { $path }：问题列在下方
notice-opened = 已打开 { $path }：{ $countries }个国家，{ $events }个活动
notice-reloaded = 已重新加载 { $path }：{ $countries }个国家，{ $events }个活动
notice-saved = 视图已保存到 { $path }
notice-save-failed = 无法保存视图：{ $error }

## 比较两个组织

compare-both = 同属两者
compare-only = 仅属{ $org }
compare-no-status = —
compare-statuses = { $a }：{ $a_status } · { $b }：{ $b_status }
compare-with = 比较对象
compare-none = 无
compare-neither = 均不属于
compare-status-in = { $org }：{ $status }
compare-year-counts = 同属两者：{ $both } · 仅属{ $a }：{ $only_a } · 仅属{ $b }：{ $only_b }
compare-history = 在两个组织中的身份
compare-never = 从未加入{ $org }。
compare-also-in = 当日同属{ $org }的国家
compare-also-in-none = 当时其参与国均不属于{ $org }。
compare-members-of = { $org }成员国
notice-loading-events = 正在加载 { $path }…已读取 { $events } 个活动
compare-lane = { $org } · { $lane }
dataset-bundled-file = { $file }（内置）
slide-compare-both = { $date }同属两者（{ $count }）：{ $names }
slide-compare-none = { $date }没有国家同属两个组织。

## 视图代码

key-copy-view-code = 复制当前视图的代码（在文本框外按 Ctrl+V 粘贴即可返回）
menu-copy-view-code = 复制视图代码
menu-open-view-code = 打开视图代码…
code-dialog-title = 打开视图代码
code-dialog-field = 代码
code-dialog-open = 打开
notice-view-code-copied = 视图代码已复制到剪贴板
code-copied-title = 视图代码
code-copied-explain = 此代码已复制到剪贴板。可写在黑板上或分享：粘贴（Ctrl+V）或“文件 → 打开视图代码”即可回到此视图。
code-copied-close = 关闭
notice-view-code-opened = 已按代码打开视图
notice-view-code-refused = 视图代码无效：{ $why }
code-not-a-code = 这不是视图代码（视图代码以“sx1~”开头）
code-other-version = 该代码来自本程序的其他版本（{ $version }）
code-damaged-count = 代码已损坏：组成部分的数量不对
code-damaged-dataset = 代码已损坏：无法读取数据集
code-damaged-selection = 代码已损坏：无法读取所选对象
code-damaged-date = 代码已损坏：无法读取日期
code-damaged-tab = 代码已损坏：无法读取选项卡
code-damaged-zoom = 代码已损坏：无法读取缩放范围
code-damaged-slide = 代码已损坏：无法读取幻灯片编号
code-damaged-language = 代码已损坏：无法读取语言
code-damaged-length = 文本过长，不可能是视图代码
code-dataset-not-opened = 无法打开其数据集
code-compare-not-opened = 无法打开用于对比的组织
code-missing-event = 代码中的活动“{ $id }”在{ $org }的数据中不存在
code-missing-country = 代码中的国家“{ $id }”在{ $org }的数据中不存在
code-no-code-in-png = { $file } 中没有视图代码

## Tour handouts (PDF)
menu-export-handout = 将导览导出为 PDF
menu-export-handout-notes = 将导览导出为 PDF（含教师备注）
handout-meta = 讲义：{ $slides }张幻灯片 · { $language }
handout-data = 数据：{ $dataset }，截至{ $date }
handout-steps = 步骤
handout-sources = 来源
notice-handout-writing = 正在生成“{ $tour }”的讲义…
notice-handout-saved = 讲义已保存到 { $path }
notice-handout-failed = 无法保存讲义：{ $error }
handout-sources-continued = 来源（续）

## Event places
coord-point = { $lat }，{ $lon }
coord-north = 北纬{ $deg }°
coord-south = 南纬{ $deg }°
coord-east = 东经{ $deg }°
coord-west = 西经{ $deg }°
place-area = 这是一个区域而非单一地点，地图上不标点
map-places-note = 活动地点：GeoNames（CC BY 4.0）。

## Where saved files go
menu-save-folder = 保存位置：{ $folder }…
folder-title = PNG 和讲义的保存文件夹
folder-path = 文件夹
folder-path-hint = 文件夹路径（留空：当前显示的文件夹）
folder-button = 保存到此处
notice-save-folder = 文件今后保存到 { $path }

## Presenter view: docked or in its own window
key-presenter-window = 演讲者视图在单独窗口中（用于第二块屏幕）或停靠在幻灯片下方
presenter-pop-out = 单独窗口（Shift+P）
presenter-pop-out-hint = 在单独窗口中打开演讲者视图，可将其拖到第二块屏幕（笔记本电脑的屏幕），幻灯片仍留在投影仪上。会被记住。
presenter-compact-next = 下一步：{ $title }
presenter-clock-hint = 演示开始以来的时间
presenter-full-view = 备注（N）
presenter-full-view-hint = 在幻灯片下方完整显示教师备注和下一步（N）。会被记住。
presenter-compact-view = 单行（N）
presenter-compact-view-hint = 将演讲者视图缩为一行（当前步、下一步、时间），为幻灯片留出空间（N）。会被记住。
key-presenter-compact = 演讲者视图：单行或完整
presenter-dock = 停靠在幻灯片下方（Shift+P）
presenter-dock-hint = 将演讲者视图放回幻灯片下方的条带中（适用于单块屏幕）。

## Slides of events that changed statuses: the map before and after
slide-map-before = 之前（{ $date }）
slide-map-after = 之后（{ $date }）
notice-not-a-folder = { $path } 不是文件夹：文件仍保存到原来的位置
notice-handout-unavailable = 此版本无法生成讲义（构建时未包含无窗口渲染器）
notice-handout-stopped = 无法生成讲义：生成过程意外停止
timeline-kind-of = { $kind }（{ $org }）
# 地图上的争议地区（Natural Earth 的“分离与争议地区”图层）。
map-disputed-area = 争议地区
map-disputed-self-administered = 由当地自身的当局管辖
# $parties：对该地区提出主张或实际管辖该地区的国家。
map-disputed-claimed-by = 声索方：{ $parties }
map-disputed-separator = 、
map-disputed-legend = 争议地区

## Quiz: questions drawn from the dataset's sourced facts
quiz-ask-status-year = { $country }在哪一年获得“{ $status }”地位？
quiz-ask-event-place = { $event }在哪里举行？
quiz-event-titled = { $title }（{ $date }）
quiz-event-kind = { $date }的{ $kind }
quiz-ask-held-status = { $date }，以下哪些具有“{ $status }”地位？请选出所有符合的。
quiz-ask-first = 以下哪一项最早发生？
quiz-ask-order = 请按发生的先后顺序排列，最早的在前。
quiz-ask-members = { $date }，该组织有多少个成员？
quiz-happening-status = { $country }获得“{ $status }”地位
quiz-fact-event = { $title }：{ $place }，{ $date }
quiz-fact-event-nowhere = { $title }：{ $date }
quiz-fact-status = { $country }：{ $status }，{ $dates }
quiz-key-title = 测验 { $code }：{ $organisation }，共{ $count }题
quiz-key-answer = 答案：{ $answer }
quiz-key-fact = 事实：{ $fact }
quiz-key-sources = 来源：{ $sources }
quiz-menu = 测验
quiz-menu-resume = 返回测验
quiz-mode-self-test = 自测（十道题，计分）
quiz-mode-class = 课堂测验（投影，不计分）
quiz-header = 测验 { $code } · 第{ $number }题，共{ $count }题
quiz-header-end = 测验 { $code }
quiz-new = 新测验
quiz-leave = 返回浏览模式
quiz-empty = 此数据集没有可用于提问的有来源事实。
quiz-hint-one = 点击一个答案或按其编号，然后按 Enter。
quiz-hint-several = 勾选所有正确答案（点击或按编号），然后按 Enter。
quiz-hint-order = 按从早到晚的顺序点击答案或按其编号，然后按 Enter。
quiz-hint-map-one = 在列表或地图上点击一个答案，或按其编号，然后按 Enter。
quiz-hint-map-several = 勾选所有正确答案（在列表或地图上点击，或按编号），然后按 Enter。
quiz-map-canvas = 答案地图
quiz-map-spot = 地图上的{ $name }
quiz-check = 核对答案
quiz-reveal = 显示答案
quiz-next = 下一题
quiz-right = 正确！
quiz-wrong = 不太对。
quiz-the-answer = 答案：{ $answer }
quiz-your-answer = 你的答案：{ $answer }
quiz-open = 在浏览模式中查看
quiz-score = 得分：{ $right } / { $count }
quiz-all-right = 全部答对。
quiz-review = 需要再看一遍的答案
quiz-end = 测验结束
help-quiz = 测验中
key-quiz-self-test = 自测：十道题的测验
key-quiz-class = 在投影上进行课堂测验
key-quiz-choose = 按编号选择答案（多选：勾选；排序：放到下一位）
key-quiz-next = 核对或显示答案，然后下一题
key-quiz-previous = 上一题（课堂测验）
key-quiz-leave = 返回浏览模式（测验在“视图”菜单中等待）
quiz-code = 测验代码：
quiz-code-take = 参加此测验
quiz-code-refused = 当前数据集和内置数据集都没有该代码的测验（请写成 sco-3 的形式）
quiz-presenter = 教师专用：在全班看到之前先看到答案
quiz-presenter-next = 下一题：{ $question }
key-quiz-presenter-view = 课堂测验的演讲者视图：答案先给教师看

## Lessons
key-lesson-save-as = 将课程另存为新文件
key-lesson-redo = 重做撤销的课程修改
key-lesson-save = 保存课程
key-lesson-undo = 撤销上一次课程修改
key-lesson-move-up = 将所选步骤上移
key-lesson-move-down = 将所选步骤下移
key-lesson-add-view = 将此视图添加为课程步骤
key-lesson-panel = 显示或隐藏课程面板
key-lesson-delete = 删除所选步骤
notice-lesson-opened = 已打开课程 { $path }
notice-lesson-saved = 课程已保存到 { $path }
notice-lesson-not-saved = 课程未保存：{ $error }
notice-lesson-step-added = 已将此视图添加为课程第 { $step } 步
lesson-new-text-slide = 新的文字幻灯片
lesson-untitled = 未命名课程
lesson-step-untitled = { $step }.（无标题）
lesson-missing-dataset = 无法打开此步骤的数据集“{ $name }”。课程的其余部分仍可使用。
lesson-missing-target = “{ $id }”不是{ $org }数据集中的事件或国家。课程的其余部分仍可使用。
lesson-strip-next = 下一步：{ $heading }
lesson-save-title = 课程另存为
lesson-save-file = 文件名：
lesson-save-file-hint = lesson.ron，保存在所示文件夹中
lesson-save-button = 保存
lesson-panel-title = 课程
lesson-none = 还没有课程。新建课程、打开课程文件或从导览开始，然后把浏览器中的视图添加为步骤。
lesson-writing-in = 编写语言：
lesson-title = 标题：
lesson-new = 新建课程
lesson-open = 打开课程…
lesson-save = 保存课程
lesson-save-as = 课程另存为…
lesson-undo = 撤销
lesson-redo = 重做
lesson-not-saved-yet = 尚未保存
lesson-unsaved = （有未保存的修改）
lesson-add-view = 将此视图添加为步骤
lesson-add-text = 添加文字幻灯片
lesson-present = 放映课程
lesson-no-steps = 还没有步骤：在浏览器中选择一个视图并添加。
lesson-go-to = 显示此视图
lesson-replace = 改用屏幕上的视图
lesson-move-up = 上移
lesson-move-down = 下移
lesson-duplicate = 复制
lesson-delete = 删除
lesson-heading = 标题：
lesson-note = 教师备注：
lesson-bullets = 幻灯片要点：
lesson-remove-bullet = 删除此要点
lesson-bullet = 要点 { $number }：
lesson-add-bullet = 添加要点
lesson-unsaved-title = 未保存的课程
lesson-unsaved-question = 课程有未保存的修改。先保存吗？
lesson-discard = 放弃修改
lesson-keep-editing = 继续编辑
lesson-from-tour = 从导览开始
menu-lesson = 课程
lesson-panel-toggle = 课程面板
help-lesson = 课程面板打开时
lesson-step-text = { $step }. { $heading }（文字幻灯片）
lesson-handout-kicker = 用 sco-explorer 制作的课程
lesson-handout-data = 数据：各幻灯片所用的数据集，其来源列于下方。
lesson-drag = 拖动以移动此步骤
