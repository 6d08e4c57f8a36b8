package org.froissart.output.table;

/**
 * One column of a {@link Table}: its name (lower case, no SQL keyword, so it needs no quoting in any
 * database), its type and what it holds.
 */
public record Column(String name, Type type, String description) {

    /** The types a cell may hold: TEXT is a String, INTEGER an Integer, DOUBLE a Double, BOOLEAN a Boolean, DATE a LocalDate. */
    public enum Type {
        TEXT("VARCHAR", "TEXT"),
        INTEGER("INTEGER", "INTEGER"),
        DOUBLE("DOUBLE", "DOUBLE PRECISION"),
        BOOLEAN("BOOLEAN", "BOOLEAN"),
        DATE("DATE", "DATE");

        private final String duckdb;
        private final String postgres;

        Type(String duckdb, String postgres) {
            this.duckdb = duckdb;
            this.postgres = postgres;
        }

        /** The DuckDB column type. */
        public String duckdb() {
            return duckdb;
        }

        /** The PostgreSQL column type. */
        public String postgres() {
            return postgres;
        }
    }
}
