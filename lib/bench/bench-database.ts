/** Where the benchmark's data lives: a database of its own, on a server that counts statements. */
export const BENCH_DATABASE = 'gfmd_bench'
export const DEFAULT_SEED = 'guadalajara-2017'
/** pg_stat_statements gives the queries per request and the slowest query of each, measured in Postgres. */
export const BENCH_POSTGRES_SETTINGS = ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all']
/** Every scale-data account's password. */
export const SCALE_PASSWORD = 'stocktaking-2017'
