//! Reading the map text format (`F`, `L`, `P`, `R`, `D` and `N` records, see
//! `scripts/make-map.py`): every point projected, every polygon triangulated,
//! every problem reported with its line.

use std::ops::Range;

use super::{DisputedArea, MapData, MapFeature, MapParseError, MapPoint, MapRect, project};

/// Reads an `R` record's points into `feature` (projected, bounds grown) and
/// returns their range in its vertices.
fn read_ring(feature: &mut MapFeature, rest: &str) -> Result<Range<usize>, String> {
    let start = feature.vertices.len();
    for pair in rest.split(' ') {
        let point = pair
            .split_once(',')
            .and_then(|(x, y)| Some((parse_coordinate(x)?, parse_coordinate(y)?)))
            .ok_or_else(|| format!("\"{pair}\" is not LON,LAT"))?;
        let p = project(point.0, point.1);
        feature.bounds.extend(p);
        feature.vertices.push(p);
    }
    let end = feature.vertices.len();
    if end - start < 3 {
        return Err("a ring needs at least three points".to_owned());
    }
    Ok(start..end)
}

/// A feature with no shape yet.
fn new_feature(code: Option<String>, name: &str) -> MapFeature {
    MapFeature {
        code,
        name: name.to_owned(),
        label: MapPoint::default(),
        vertices: Vec::new(),
        rings: Vec::new(),
        triangles: Vec::new(),
        bounds: MapRect::NOTHING,
    }
}

/// A `D ID PARTIES NAME` record: the area, still without names in other
/// languages or a shape.
fn read_disputed(rest: &str) -> Result<DisputedArea, String> {
    let mut fields = rest.splitn(3, ' ');
    let (Some(id), Some(parties), Some(name)) = (fields.next(), fields.next(), fields.next())
    else {
        return Err("expected `D ID PARTIES NAME`".to_owned());
    };
    let mut self_administered = false;
    let mut codes = Vec::new();
    for party in parties.split(',') {
        match party {
            "self" => self_administered = true,
            code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
                codes.push(code.to_owned());
            }
            other => return Err(format!("\"{other}\" is not a party")),
        }
    }
    Ok(DisputedArea {
        id: id.to_owned(),
        shape: new_feature(None, name),
        name_ru: String::new(),
        name_zh: String::new(),
        parties: codes,
        self_administered,
    })
}

/// What the records being read belong to.
enum Reading {
    Nothing,
    Feature,
    Disputed,
}

/// The map being read, record by record.
struct Reader {
    features: Vec<MapFeature>,
    disputed: Vec<DisputedArea>,
    reading: Reading,
    /// The rings of the polygon being read, as ranges into the shape's vertices.
    polygon: Vec<Range<usize>>,
}

impl Reader {
    /// The shape that `L`, `P` and `R` records describe now.
    fn shape(&mut self) -> Option<&mut MapFeature> {
        match self.reading {
            Reading::Nothing => None,
            Reading::Feature => self.features.last_mut(),
            Reading::Disputed => self.disputed.last_mut().map(|d| &mut d.shape),
        }
    }

    /// Triangulates the polygon read so far, if any.
    fn end_polygon(&mut self) -> Result<(), String> {
        let polygon = std::mem::take(&mut self.polygon);
        match self.shape() {
            Some(shape) => triangulate(shape, &polygon),
            None => Ok(()),
        }
    }

    /// Reads one record (`tag` and the rest of its line).
    fn record(&mut self, tag: &str, rest: &str) -> Result<(), String> {
        if tag != "R" {
            self.end_polygon()?;
        }
        match tag {
            "F" => {
                let (code, name) = rest
                    .split_once(' ')
                    .ok_or_else(|| "expected `F CODE NAME`".to_owned())?;
                let code = (code != "-").then(|| code.to_owned());
                self.features.push(new_feature(code, name));
                self.reading = Reading::Feature;
            }
            "D" => {
                self.disputed.push(read_disputed(rest)?);
                self.reading = Reading::Disputed;
            }
            "N" => {
                let area = match self.reading {
                    Reading::Disputed => self.disputed.last_mut(),
                    _ => None,
                };
                let area = area.ok_or_else(|| "N outside a disputed area".to_owned())?;
                match rest.split_once(' ') {
                    Some(("ru", name)) => name.clone_into(&mut area.name_ru),
                    Some(("zh", name)) => name.clone_into(&mut area.name_zh),
                    _ => return Err("expected `N ru NAME` or `N zh NAME`".to_owned()),
                }
            }
            "L" => {
                let shape = self.shape().ok_or_else(|| "L before any F".to_owned())?;
                let mut numbers = rest.split(' ').map(parse_coordinate);
                match (numbers.next(), numbers.next(), numbers.next()) {
                    (Some(Some(lon)), Some(Some(lat)), None) => shape.label = project(lon, lat),
                    _ => return Err("expected `L LON LAT`".to_owned()),
                }
            }
            "P" => {
                self.shape().ok_or_else(|| "P before any F".to_owned())?;
            }
            "R" => {
                let shape = self.shape().ok_or_else(|| "R before any F".to_owned())?;
                let ring = read_ring(shape, rest)?;
                shape.rings.push(ring.clone());
                self.polygon.push(ring);
            }
            other => return Err(format!("unknown record `{other}`")),
        }
        Ok(())
    }
}

impl MapData {
    /// Parses the map text format, projects every point and triangulates every polygon.
    pub fn parse(text: &str) -> Result<Self, MapParseError> {
        let mut reader = Reader {
            features: Vec::new(),
            disputed: Vec::new(),
            reading: Reading::Nothing,
            polygon: Vec::new(),
        };
        for (index, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
            reader.record(tag, rest).map_err(|message| MapParseError {
                line: index + 1,
                message,
            })?;
        }
        reader.end_polygon().map_err(|message| MapParseError {
            line: text.lines().count(),
            message,
        })?;
        let Reader {
            mut features,
            disputed,
            ..
        } = reader;
        for feature in &mut features {
            if feature.is_dot() {
                feature.bounds.extend(feature.label);
            }
        }
        let by_code = features
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((f.code.clone()?, i)))
            .collect();
        Ok(Self {
            features,
            disputed,
            by_code,
        })
    }
}

/// Hundredths of a degree to degrees.
fn parse_coordinate(text: &str) -> Option<f64> {
    text.parse::<i32>().ok().map(|v| f64::from(v) / 100.0)
}

/// Triangulates one polygon (outline then holes) of `feature` with earcut and
/// appends the triangles.
fn triangulate(feature: &mut MapFeature, polygon: &[Range<usize>]) -> Result<(), String> {
    let Some(first) = polygon.first() else {
        return Ok(());
    };
    let base = first.start;
    let mut coordinates = Vec::new();
    let mut holes = Vec::new();
    for (i, ring) in polygon.iter().enumerate() {
        if i > 0 {
            holes.push(ring.start - base);
        }
        for p in feature.vertices.get(ring.clone()).unwrap_or_default() {
            coordinates.push(f64::from(p.x));
            coordinates.push(f64::from(p.y));
        }
    }
    let triangles = earcutr::earcut(&coordinates, &holes, 2)
        .map_err(|e| format!("cannot triangulate a polygon of {}: {e:?}", feature.name))?;
    for index in triangles {
        let index = u32::try_from(base + index)
            .map_err(|_| format!("{} has too many points", feature.name))?;
        feature.triangles.push(index);
    }
    Ok(())
}
