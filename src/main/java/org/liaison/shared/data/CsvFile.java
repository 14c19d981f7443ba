package org.liaison.shared.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The versioned data files of every module (the registry, the SED catalogue, the demo tariffs) as rows under their
 * header, read by Jackson's CSV module (RFC 4180: quoted fields, doubled quotes, separators and newlines inside
 * quotes). Lines starting with {@code #} are comments and blank lines are skipped; values are read without their
 * surrounding spaces. Every error names the file, the line and the column. Plain Java, for tests and benchmarks.
 */
public final class CsvFile {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES, CsvReadFeature.ALLOW_COMMENTS,
                    CsvReadFeature.TRIM_SPACES)
            .build();

    private CsvFile() {
    }

    /** One data row: its line in the file (where it starts) and its values by column name. */
    public record Row(String file, int line, Map<String, String> values) {

        /** The column's value, without surrounding spaces; empty when blank. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new CsvFileException(file + " line " + line + ": no column " + column);
            }
            return value;
        }

        /** The column's value read by {@code reader}; a value it cannot read is an error naming the column. */
        public <T> T get(String column, Function<String, T> reader) {
            String value = get(column);
            try {
                return reader.apply(value);
            } catch (RuntimeException e) {
                throw new CsvFileException(file + " line " + line + ", column " + column + ": " + e.getMessage(), e);
            }
        }
    }

    /** Reads a file of the class path, e.g. {@code reference/healthcare/fr-tariffs-demo.csv}. */
    public static List<Row> fromClasspath(String resource, char separator) {
        try (InputStream in = CsvFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new CsvFileException("Missing data file " + resource);
            }
            return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), separator);
        } catch (IOException e) {
            throw new CsvFileException("Cannot read " + resource, e);
        }
    }

    /**
     * The rows of the text under its first (header) row; a row whose width differs from the header's is an error.
     *
     * @param name the file's name, to name it in errors
     */
    public static List<Row> read(String name, String text, char separator) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withComments();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = MAPPER.reader().with(schema).createParser(content)) {
            List<String> record = null;
            int line = 0;
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.START_ARRAY) {
                    record = new ArrayList<>();
                } else if (token == JsonToken.VALUE_STRING) {
                    if (record.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    record.add(parser.getString().strip());
                } else if (token == JsonToken.END_ARRAY) {
                    if (header == null) {
                        header = record;
                    } else if (record.size() > 1 || !record.get(0).isEmpty()) {
                        rows.add(row(name, line, header, record));
                    }
                }
            }
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new CsvFileException(name + at + ": " + e.getOriginalMessage(), e);
        }
        if (header == null) {
            throw new CsvFileException(name + ": no header");
        }
        return List.copyOf(rows);
    }

    private static Row row(String name, int line, List<String> header, List<String> record) {
        if (record.size() != header.size()) {
            throw new CsvFileException(name + " line " + line + ": " + record.size() + " fields, expected "
                    + header.size() + " (" + String.join(", ", header) + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            values.put(header.get(c), record.get(c));
        }
        return new Row(name, line, Collections.unmodifiableMap(values));
    }
}
