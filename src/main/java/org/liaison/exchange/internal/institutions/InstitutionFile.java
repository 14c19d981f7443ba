package org.liaison.exchange.internal.institutions;

import java.io.InputStream;
import org.liaison.exchange.institutions.Institution;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an IR file with Jackson's streaming parser, one institution record at a time, so that a file of any size
 * never sits in memory: only the record being read is a tree. The format ({@value #FORMAT}, see
 * docs/exchange-institutions.md):
 * <pre>{"format": "liaison-ir/1", "institutions": [ {"id": "FR:CNAV0001", ...}, ... ]}</pre>
 * A syntax error stops the reading (nothing after it can be trusted) and is reported with its line and column.
 */
final class InstitutionFile {

    static final String FORMAT = "liaison-ir/1";

    /** Receives what the file holds, in file order. */
    interface Sink {
        void record(Entry entry);

        void problem(ImportProblem problem);
    }

    /** One valid record: the institution, or a request to take it out, with where it starts in the file. */
    record Entry(int index, int line, int column, Institution institution, boolean remove) {
    }

    private final JsonMapper mapper;

    InstitutionFile(JsonMapper mapper) {
        this.mapper = mapper;
    }

    void read(InputStream in, Sink sink) {
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                sink.problem(fileProblem(parser.currentTokenLocation(), "$", "file.not-an-object"));
                return;
            }
            boolean institutions = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("institutions") && value == JsonToken.START_ARRAY) {
                    institutions = true;
                    readRecords(parser, sink);
                } else if (name.equals("format") && !(value == JsonToken.VALUE_STRING && FORMAT.equals(parser.getString()))) {
                    sink.problem(fileProblem(parser.currentTokenLocation(), "$.format", "file.format"));
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            if (!institutions) {
                sink.problem(fileProblem(parser.currentLocation(), "$.institutions", "file.no-institutions"));
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            sink.problem(at == null ? new ImportProblem(-1, 0, 0, "$", "json.syntax")
                    : fileProblem(at, "$", "json.syntax"));
        }
    }

    private void readRecords(JsonParser parser, Sink sink) {
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            TokenStreamLocation at = parser.currentTokenLocation();
            if (token == null) {
                sink.problem(fileProblem(at, "$.institutions", "json.syntax"));
                return;
            }
            String path = "$.institutions[" + index + "]";
            if (token != JsonToken.START_OBJECT) {
                sink.problem(new ImportProblem(index, at.getLineNr(), at.getColumnNr(), path, "record.not-an-object"));
                parser.skipChildren();
                continue;
            }
            JsonNode node = mapper.readTree(parser);
            InstitutionRecord.Parsed parsed = InstitutionRecord.parse(node, path);
            if (parsed.problems().isEmpty()) {
                sink.record(new Entry(index, at.getLineNr(), at.getColumnNr(), parsed.institution(), parsed.remove()));
            } else {
                for (InstitutionRecord.Problem p : parsed.problems()) {
                    sink.problem(new ImportProblem(index, at.getLineNr(), at.getColumnNr(), p.path(), p.code()));
                }
            }
        }
    }

    private static ImportProblem fileProblem(TokenStreamLocation at, String path, String code) {
        return new ImportProblem(-1, at.getLineNr(), at.getColumnNr(), path, code);
    }
}
