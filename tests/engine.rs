//! The engine's integration tests (and the command-line ones that need no feature), built as one
//! test binary: one module per file. See the `[[test]]` entries in Cargo.toml for why.

mod common;
mod deadline;
mod people_support;

mod alignment;
mod attribution;
mod attribution_abroad;
mod attribution_clauses;
mod attribution_descriptions;
mod attribution_forms_abroad;
mod attribution_general;
mod attribution_labels;
mod attribution_reach;
mod attribution_roles;
mod attribution_romance;
mod attribution_subjects;
mod attribution_times;
mod extraction;
mod find_cli;
mod grouping;
mod grouping_languages;
mod grouping_moved;
mod grouping_places;
mod grouping_short;
mod grouping_synthetic;
mod hostile;
mod limits;
mod load;
mod markdown;
mod metadata;
mod news_accuracy;
mod people;
mod people_evidence;
mod people_forms;
mod people_inflection;
mod people_neighbours;
mod people_not_persons;
mod people_recall;
mod people_regnal;
mod people_role_bodies;
mod reports;
mod search;
mod search_names;
mod seed_groups;
mod units;
