package org.liaison.shared.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data files' reader: RFC 4180 as the registry's files use it, and errors that say where to look. */
class CsvFileTests {

    @Test
    void readsQuotedFieldsDoubledQuotesSeparatorsAndNewlinesInsideQuotesUnderTheHeader() {
        List<CsvFile.Row> rows = CsvFile.read("t.csv", """
                \uFEFFid, note
                a,"one, two"
                b,"say ""yes""
                then go"
                """, ',');
        assertThat(rows).extracting(CsvFile.Row::values).containsExactly(
                java.util.Map.of("id", "a", "note", "one, two"),
                java.util.Map.of("id", "b", "note", "say \"yes\"\nthen go"));
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(2, 3);
    }

    @Test
    void skipsCommentsAndBlankLinesAndReadsValuesWithoutSurroundingSpaces() {
        List<CsvFile.Row> rows = CsvFile.read("t.csv", "# a comment\ncode;label\n\n G ; Consultation \n", ';');
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("code")).isEqualTo("G");
            assertThat(r.get("label")).isEqualTo("Consultation");
            assertThat(r.line()).isEqualTo(4);
        });
    }

    @Test
    void aRowOfAnotherWidthThanTheHeaderNamesItsFileAndLine() {
        assertThatThrownBy(() -> CsvFile.read("facts.csv", "a,b\n1,2\n3\n", ','))
                .isInstanceOf(CsvFileException.class).hasMessageStartingWith("facts.csv line 3: 1 fields, expected 2");
    }

    @Test
    void aBrokenQuoteNamesItsFileLineAndColumn() {
        assertThatThrownBy(() -> CsvFile.read("facts.csv", "a,b\n1,\"2\"x\n", ','))
                .isInstanceOf(CsvFileException.class).hasMessageStartingWith("facts.csv line 2, column ");
    }

    @Test
    void aValueItsReaderCannotReadNamesItsColumn() {
        CsvFile.Row row = CsvFile.read("tariffs.csv", "code;rate\nG;seventy\n", ';').get(0);
        assertThatThrownBy(() -> row.get("rate", Integer::parseInt))
                .isInstanceOf(CsvFileException.class).hasMessageStartingWith("tariffs.csv line 2, column rate: ");
        assertThatThrownBy(() -> row.get("base")).hasMessage("tariffs.csv line 2: no column base");
    }
}
