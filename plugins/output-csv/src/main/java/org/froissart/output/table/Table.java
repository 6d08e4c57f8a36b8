package org.froissart.output.table;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

import org.froissart.api.Document;

/**
 * A flat table of facts: its name, its columns, and how to turn a document into rows (one
 * {@code Object[]} per row, cells in column order, null for a missing value).
 */
public record Table(String name, String description, List<Column> columns, Function<Document, List<Object[]>> rows) {
    public Table {
        columns = List.copyOf(columns);
    }

    /** The rows of one document. */
    public List<Object[]> rowsOf(Document document) {
        return rows.apply(document);
    }

    /**
     * The SQL that creates this table, for the SQL outputs: {@code head} is "CREATE TABLE name" in the
     * database's words, {@code sqlType} names a column type in its dialect.
     */
    public String createStatement(String head, Function<Column.Type, String> sqlType) {
        StringJoiner cols = new StringJoiner(", ", head + " (", ")");
        for (Column c : columns) {
            cols.add(c.name() + " " + sqlType.apply(c.type()));
        }
        return cols.toString();
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
