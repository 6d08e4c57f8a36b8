package org.froissart.output.table;

import java.util.List;
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

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
