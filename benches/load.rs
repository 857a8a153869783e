//! Load benchmarks: parse + validate + derive (`model::load_str`) for the bundled
//! SCO dataset and for synthetic datasets of 1k, 10k and 100k events.
//!
//! The synthetic text is generated once, outside the timed loop, by the same
//! generator as `sco-explorer generate` (60 countries, seed 1). The time of an
//! iteration includes dropping the loaded dataset, so it slightly overstates
//! the load itself.
//!
//! Run with `cargo bench --bench load`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use sco_explorer::generate::{GenerateOptions, generate};
use sco_explorer::model::{BUNDLED_RON, load_str};

/// Countries in the synthetic datasets (the bundled dataset has 36).
const COUNTRIES: usize = 60;

/// The RON text of a synthetic dataset with `events` events, checked to load.
fn synthetic(events: usize) -> String {
    let options = GenerateOptions {
        countries: COUNTRIES,
        events,
        seed: 1,
    };
    let text = generate(&options).unwrap_or_else(|e| panic!("cannot generate: {e}"));
    if let Err(error) = load_str("synthetic.ron", &text) {
        panic!("the synthetic dataset does not load: {:?}", error.lines());
    }
    text
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    group.throughput(Throughput::Bytes(BUNDLED_RON.len() as u64));
    group.bench_function("bundled", |b| {
        b.iter(|| load_str("sco.ron", black_box(BUNDLED_RON)));
    });

    for events in [1_000, 10_000, 100_000] {
        let text = synthetic(events);
        if events >= 100_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(10));
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("synthetic", events), &text, |b, text| {
            b.iter(|| load_str("synthetic.ron", black_box(text)));
        });
    }
    group.finish();
}

/// The region of the four bundled organisations (what the memberships and
/// overlap views build the first time they open), from datasets already loaded.
fn region(c: &mut Criterion) {
    use sco_explorer::model::{BUNDLED, Region, bundled_orgs};
    let orgs = bundled_orgs();
    let mut group = c.benchmark_group("region");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("build", |b| b.iter(|| Region::new(black_box(orgs.clone()))));
    group.bench_function("load_all_four", |b| {
        b.iter(|| BUNDLED.iter().filter(|b| b.load().is_ok()).count());
    });
    let region = Region::new(orgs);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap_or_default();
    group.bench_function("table_rows_sorted", |b| {
        b.iter(|| {
            region.table_rows(
                black_box(day),
                ("", sco_explorer::i18n::Lang::En),
                Some(3),
                false,
            )
        });
    });
    group.finish();
}

// What `criterion_group!` and `criterion_main!` expand to, without their undocumented `pub fn`.
fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    load(&mut criterion);
    region(&mut criterion);
    criterion.final_summary();
}
