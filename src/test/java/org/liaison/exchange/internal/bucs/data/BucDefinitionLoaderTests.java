package org.liaison.exchange.internal.bucs.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exchange.bucs.BucDefinition;

/** A malformed definition stops the loading with the file and the JSON path of every problem. */
class BucDefinitionLoaderTests {

    static final String ADMIN = """
            {"version": "4.3", "administrative": [
              {"action": "CLOSE_LOCALLY", "by": ["CASE_OWNER", "COUNTERPARTY"]},
              {"action": "CLOSE_GLOBALLY", "sed": "X001", "by": ["CASE_OWNER"]}]}""";
    static final String LIMITS = """
            "limits": {"inactivityDays": 90, "archiveDays": 180, "defaultReplyDays": 60}""";

    @TempDir
    Path root;

    @Test
    void aWellFormedSetLoadsWithTheVersionsAdministrativeActionsAndDefaults() throws IOException {
        write("4.3/LA.json", """
                {"version": "4.3", "sector": "LA", %s, "bucs": [
                  {"type": "LA_BUC_06", "title": {"fr": "Demande", "en": "Request"}, "legalBasis": "Reg. 987/2009 art. 2",
                   "source": "test", "starters": ["A005"], "seds": [{"sed": "A006", "by": ["COUNTERPARTY"], "replyTo": ["A005"]}],
                   "limits": {"replyDays": {"A005": 20}}}]}""".formatted(LIMITS));

        List<BucDefinition> definitions = load();

        assertThat(definitions).singleElement().satisfies(d -> {
            assertThat(d.type().code()).isEqualTo("LA_BUC_06");
            assertThat(d.administrative()).hasSize(2);
            assertThat(d.limits().inactivityDays()).isEqualTo(90);
            assertThat(d.limits().configuredReplyDays("A005")).hasValue(20);
            assertThat(d.rule("A006").orElseThrow().replyRequired()).isTrue();
            assertThat(d.rule("A006").orElseThrow().once()).as("a required reply answers once by default").isTrue();
        });
    }

    @Test
    void invalidJsonNamesTheFileAndTheLine() throws IOException {
        write("4.3/LA.json", "{\"version\": \"4.3\",\n  \"sector\": \"LA\" \"bucs\": []}");

        assertThatThrownBy(this::load).isInstanceOf(BucDefinitionException.class)
                .hasMessageStartingWith("Malformed BUC definitions in exchange/bucs/4.3/LA.json: $: not valid JSON at line 2");
    }

    @Test
    void everyProblemOfAFileIsListedWithItsJsonPath() throws IOException {
        write("4.3/LA.json", """
                {"version": "4.2", "sector": "LA", %s, "bucs": [
                  {"type": "LA_BUC_1", "title": {"fr": "", "en": "Request"}, "legalBasis": "x", "source": "x",
                   "starters": ["A005"], "seds": [
                     {"sed": "A006", "by": ["OWNER"], "replyTo": ["A099"]},
                     {"sed": "X001", "by": ["CASE_OWNER"], "closes": "yes", "colour": "red"}]}]}""".formatted(LIMITS));

        assertThatThrownBy(this::load).isInstanceOf(BucDefinitionException.class)
                .satisfies(e -> assertThat(((BucDefinitionException) e).problems()).containsExactlyInAnyOrder(
                        "$.version: \"4.2\" but the file is in the folder of version 4.3",
                        "$.bucs[0].type: \"LA_BUC_1\" does not match [A-Z]{1,3}_BUC_[0-9]{2}[a-z]?",
                        "$.bucs[0].title.fr: a non-empty string is expected",
                        "$.bucs[0].seds[0].by[0]: \"OWNER\" does not match CASE_OWNER|COUNTERPARTY",
                        "$.bucs[0].seds[0].replyTo[0]: A099 is not an SED of this BUC",
                        "$.bucs[0].seds[1].colour: unknown member (known: by, closes, note, once, replyOptional, replyTo, sed)",
                        "$.bucs[0].seds[1].sed: X001 is administrative: the version's administrative file defines it",
                        "$.bucs[0].seds[1].closes: true or false is expected"));
    }

    @Test
    void aDuplicateKeyOrABucOfAnotherSectorIsRefused() throws IOException {
        write("4.3/LA.json", """
                {"version": "4.3", "sector": "LA", %s, "bucs": [
                  {"type": "P_BUC_09", "title": {"fr": "a", "en": "b"}, "legalBasis": "x", "source": "x",
                   "starters": ["P14000"], "seds": []}]}""".formatted(LIMITS));
        assertThatThrownBy(this::load).hasMessageContaining("$.bucs[0].type: P_BUC_09 is not of sector LA");

        write("4.3/LA.json", "{\"version\": \"4.3\", \"version\": \"4.3\"}");
        assertThatThrownBy(this::load).hasMessageContaining("exchange/bucs/4.3/LA.json: $: not valid JSON")
                .hasMessageContaining("Duplicate Object property \"version\"");
    }

    @Test
    void aBrokenAdministrativeFileIsNamed() throws IOException {
        write("4.3/LA.json", "{}");
        write("4.3/administrative.json", """
                {"version": "4.3", "administrative": [{"action": "REMINDER_REPLY", "sed": "X010", "by": ["CASE_OWNER"]},
                  {"action": "TELEPORT", "by": ["CASE_OWNER"]}]}""");

        assertThatThrownBy(this::load).hasMessageStartingWith("Malformed BUC definitions in exchange/bucs/4.3/administrative.json")
                .hasMessageContaining("$.administrative[0].replyTo: is missing: REMINDER_REPLY answers an administrative SED")
                .hasMessageContaining("$.administrative[1].action: \"TELEPORT\" does not match");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.createDirectories(root.resolve("exchange/bucs"));
        Files.writeString(root.resolve("exchange/bucs/index.json"), "{\"versions\": [\"4.3\"], \"files\": [\"administrative.json\"]}");

        assertThatThrownBy(this::load).hasMessage("Malformed BUC definitions in exchange/bucs/4.3/administrative.json: the file is missing");
    }

    private List<BucDefinition> load() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return new BucDefinitionLoader(loader).load();
        }
    }

    private void write(String file, String content) throws IOException {
        Path bucs = root.resolve("exchange/bucs");
        Files.createDirectories(bucs.resolve("4.3"));
        Files.writeString(bucs.resolve("index.json"), "{\"versions\": [\"4.3\"], \"files\": [\"administrative.json\", \"LA.json\"]}");
        if (!Files.exists(bucs.resolve("4.3/administrative.json")) || file.endsWith("administrative.json")) {
            Files.writeString(bucs.resolve("4.3/administrative.json"), file.endsWith("administrative.json") ? content : ADMIN);
        }
        if (!file.endsWith("administrative.json")) {
            Files.writeString(bucs.resolve(file), content);
        }
    }
}
