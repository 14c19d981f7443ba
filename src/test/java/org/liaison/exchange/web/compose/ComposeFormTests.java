package org.liaison.exchange.web.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.seds.SedForm;
import org.liaison.exchange.seds.SedForm.Field;
import org.liaison.exchange.seds.SedForm.FieldType;
import org.liaison.exchange.seds.SedForm.Group;
import org.liaison.shared.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compose form without Spring: request parameters to the SED's JSON (types, lists, empty parts left out), entries
 * added and removed with every value kept, and problems' JSON paths to the inputs that show them. The form is shaped
 * like the P5000 of data model 4.3 (person block of the envelope, insurance periods under Reg. 987/2009 art. 12–13).
 */
class ComposeFormTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final SedForm FORM = new SedForm("P5000", "4.3", List.of(
            field("sed", "$.sed", FieldType.CONSTANT, true, false, List.of("P5000")),
            new Group("caseIds", "$.caseIds[*]", true, true, 1, List.of(field("caseNumber", "$.caseIds[*].caseNumber",
                    FieldType.TEXT, true, false, List.of()))),
            new Group("person", "$.person", true, false, 0, List.of(
                    new Group("identifiers", "$.person.identifiers[*]", false, true, 0, List.of(
                            field("id", "$.person.identifiers[*].id", FieldType.TEXT, true, false, List.of()),
                            field("country", "$.person.identifiers[*].country", FieldType.COUNTRY, true, false, List.of()))),
                    field("familyName", "$.person.familyName", FieldType.TEXT, true, false, List.of()),
                    field("givenNames", "$.person.givenNames", FieldType.TEXT, true, true, List.of()),
                    field("birthDate", "$.person.birthDate", FieldType.DATE, true, false, List.of()),
                    field("nationalities", "$.person.nationalities", FieldType.COUNTRY, false, true, List.of()))),
            new Group("pension", "$.pension", true, false, 0, List.of(
                    new Group("periods", "$.pension.periods[*]", true, true, 1, List.of(
                            field("type", "$.pension.periods[*].type", FieldType.CHOICE, true, false,
                                    List.of("EMPLOYMENT", "RESIDENCE")),
                            field("start", "$.pension.periods[*].start", FieldType.DATE, true, false, List.of()),
                            field("end", "$.pension.periods[*].end", FieldType.DATE, true, false, List.of()),
                            field("quantity", "$.pension.periods[*].quantity", FieldType.NUMBER, true, false, List.of()))),
                    new Group("bank", "$.pension.bank", false, false, 0, List.of(
                            field("iban", "$.pension.bank.iban", FieldType.TEXT, true, false, List.of()))),
                    field("children", "$.pension.children", FieldType.INTEGER, false, false, List.of()),
                    field("provisional", "$.pension.provisional", FieldType.BOOLEAN, false, false, List.of())))));

    static final ComposeJson.Envelope ENVELOPE = new ComposeJson.Envelope("P5000", "4.3", "FR-1", "FR:CNAV", "FR:CNAV",
            List.of("DE:DRVBUND"));

    @Test
    void whatWasTypedBecomesTheSedWithTheTypesOfItsSchema() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("$.person.familyName", " Martin ");
        params.put("entries:$.person.givenNames", "2");
        params.put("$.person.givenNames[0]", "Claire");
        params.put("$.person.givenNames[1]", "Anne");
        params.put("entries:$.pension.periods", "2");
        params.put("$.pension.periods[0].type", "EMPLOYMENT");
        params.put("$.pension.periods[0].quantity", "55");
        params.put("$.pension.periods[1].type", "RESIDENCE");
        params.put("$.pension.periods[1].quantity", "78.5");
        params.put("$.pension.children", "2");
        params.put("$.pension.provisional", "false");

        JsonNode sed = json(ComposeForm.of(FORM, params));

        assertThat(sed.path("sed").asString()).isEqualTo("P5000");
        assertThat(sed.path("recipients").get(0).path("id").asString()).isEqualTo("DE:DRVBUND");
        assertThat(sed.path("person").path("familyName").asString()).isEqualTo("Martin");
        assertThat(sed.path("person").path("givenNames")).extracting(JsonNode::asString).containsExactly("Claire", "Anne");
        JsonNode periods = sed.path("pension").path("periods");
        assertThat(periods.size()).isEqualTo(2);
        assertThat(periods.get(0).path("quantity").isNumber()).isTrue();
        assertThat(periods.get(1).path("quantity").decimalValue()).isEqualByComparingTo("78.5");
        assertThat(sed.path("pension").path("children").isIntegralNumber()).isTrue();
        assertThat(sed.path("pension").path("provisional").isBoolean()).isTrue();
        assertThat(sed.path("pension").path("provisional").asBoolean()).isFalse();
    }

    @Test
    void blankFieldsEmptyEntriesAndEmptyOptionalGroupsAreLeftOutButEmptyRequiredGroupsStay() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("$.person.identifiers[0].id", "");
        params.put("$.person.identifiers[0].country", " ");
        params.put("entries:$.person.givenNames", "2");
        params.put("$.person.givenNames[0]", "");
        params.put("$.person.givenNames[1]", "Anne");
        params.put("$.pension.bank.iban", "");
        params.put("$.pension.periods[0].start", "");

        JsonNode sed = json(ComposeForm.of(FORM, params));

        assertThat(sed.path("person").has("identifiers")).isFalse();
        assertThat(sed.path("person").has("familyName")).isFalse();
        assertThat(sed.path("person").path("givenNames")).extracting(JsonNode::asString).containsExactly("Anne");
        assertThat(sed.path("pension").isObject()).as("a required group stays, so the schema names its fields").isTrue();
        assertThat(sed.path("pension").has("bank")).isFalse();
        assertThat(sed.path("pension").has("periods")).isFalse();
        assertThat(sed.toString()).doesNotContain("\"\"");
    }

    @Test
    void aNumberThatDoesNotParseIsKeptAsTextForTheSchemaToName() {
        JsonNode sed = json(ComposeForm.of(FORM, Map.of("$.pension.periods[0].quantity", "a lot")));
        assertThat(sed.path("pension").path("periods").get(0).path("quantity").asString()).isEqualTo("a lot");
    }

    @Test
    void addingAnEntryKeepsEveryValueAndShowsOneMoreEntry() {
        ComposeForm typed = ComposeForm.of(FORM, Map.of("$.pension.periods[0].start", "1990-09-01",
                "$.person.familyName", "Martin"));

        ComposeForm more = typed.add("$.pension.periods").add("$.person.givenNames");

        assertThat(more.value("$.pension.periods[0].start")).isEqualTo("1990-09-01");
        assertThat(more.value("$.person.familyName")).isEqualTo("Martin");
        List<String> names = inputNames(ComposeView.items(more, List.of()));
        assertThat(names).contains("$.pension.periods[0].start", "$.pension.periods[1].start", "$.pension.periods[1].type",
                "$.person.givenNames[0]", "$.person.givenNames[1]", "$.person.identifiers[0].id");
        assertThat(names).noneMatch(n -> n.startsWith("$.sed") || n.startsWith("$.caseIds"));
        ComposeView.Repeat periods = repeat(ComposeView.items(more, List.of()), "$.pension.periods");
        assertThat(periods.count()).isEqualTo(2);
        assertThat(periods.countName()).isEqualTo("entries:$.pension.periods");
        assertThat(periods.removable()).isTrue();
        assertThat(ComposeLinks.focus(ComposeView.items(more, List.of()), "$.pension.periods[1]", true))
                .isEqualTo("f-pension-periods-1-type");
    }

    @Test
    void removingAnEntryMovesTheNextOnesUpAndNeverGoesBelowTheMinimum() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("entries:$.pension.periods", "3");
        params.put("$.pension.periods[0].start", "1990-09-01");
        params.put("$.pension.periods[1].start", "2004-07-01");
        params.put("$.pension.periods[2].start", "2011-01-01");
        params.put("$.person.familyName", "Martin");

        ComposeForm fewer = ComposeForm.of(FORM, params).remove("$.pension.periods[0]");

        assertThat(fewer.count("$.pension.periods", fewer.find("$.pension.periods"))).isEqualTo(2);
        assertThat(fewer.value("$.pension.periods[0].start")).isEqualTo("2004-07-01");
        assertThat(fewer.value("$.pension.periods[1].start")).isEqualTo("2011-01-01");
        assertThat(fewer.value("$.pension.periods[2].start")).isEmpty();
        assertThat(fewer.value("$.person.familyName")).isEqualTo("Martin");
        ComposeForm one = fewer.remove("$.pension.periods[1]");
        assertThat(one.remove("$.pension.periods[0]").value("$.pension.periods[0].start")).isEqualTo("2004-07-01");
        assertThat(repeat(ComposeView.items(one, List.of()), "$.pension.periods").removable()).isFalse();
    }

    @Test
    void aTamperedEntryCountIsBoundedAndAnUnknownListIsIgnored() {
        ComposeForm huge = ComposeForm.of(FORM, Map.of("entries:$.pension.periods", "999", "entries:$.nope", "3"));
        ComposeForm absurd = ComposeForm.of(FORM, Map.of("entries:$.pension.periods", "99999999999"));
        ComposeForm none = ComposeForm.of(FORM, Map.of("entries:$.pension.periods", "0"));
        SedForm.Element periods = FORM.elements().get(3);
        periods = ((Group) periods).elements().get(0);
        assertThat(huge.count("$.pension.periods", periods)).isEqualTo(ComposeForm.MAX_ENTRIES);
        assertThat(absurd.count("$.pension.periods", periods)).isEqualTo(1);
        assertThat(none.count("$.pension.periods", periods)).isEqualTo(1);
        assertThat(none.find("$.nope")).isNull();
        assertThat(none.add("$.nope").count("$.pension.periods", periods)).isEqualTo(1);
        assertThat(none.remove("$.pension.periods[x]").count("$.pension.periods", periods)).isEqualTo(1);
    }

    @Test
    void eachProblemGoesToTheInputAtItsPathOrTheNearestElementAboveIt() {
        Map<String, String> params = Map.of("entries:$.person.givenNames", "2", "entries:$.pension.periods", "2");
        ComposeForm typed = ComposeForm.of(FORM, params);
        CaseProblem secondName = problem("$.content.person.givenNames[1]");
        CaseProblem secondEnd = problem("$.content.pension.periods[1].end");
        CaseProblem periods = problem("$.content.pension.periods");
        CaseProblem recipient = problem("$.content.recipients[0].id");
        CaseProblem counterparty = problem("$.counterparty");

        assertThat(ComposeLinks.link(typed, secondName)).isEqualTo("f-person-givenNames-1");
        assertThat(ComposeLinks.link(typed, secondEnd)).isEqualTo("f-pension-periods-1-end");
        assertThat(ComposeLinks.link(typed, periods)).isEqualTo("f-pension-periods");
        assertThat(ComposeLinks.link(typed, problem("$.content.pension.periods[1].unexpected"))).isEqualTo("f-pension-periods-1");
        assertThat(ComposeLinks.link(typed, recipient)).isEqualTo("content");
        assertThat(ComposeLinks.link(typed, counterparty)).isEqualTo("counterparty");
        List<CaseProblem> all = List.of(secondName, secondEnd, periods, recipient, counterparty);
        assertThat(ComposeLinks.ofTheForm(typed, all)).containsExactly(recipient);
        List<ComposeView.Item> items = ComposeView.items(typed, all);
        assertThat(input(items, "$.person.givenNames[1]").problems()).containsExactly(secondName);
        assertThat(input(items, "$.person.givenNames[0]").problems()).isEmpty();
        assertThat(input(items, "$.pension.periods[1].end").problems()).containsExactly(secondEnd);
        assertThat(repeat(items, "$.pension.periods").problems()).containsExactly(periods);
    }

    @Test
    void labelsAreReadableFromPropertyNames() {
        assertThat(ComposeView.label("birthDate")).isEqualTo("Birth date");
        assertThat(ComposeView.label("teleworkFrameworkAgreement")).isEqualTo("Telework framework agreement");
        assertThat(ComposeView.id("$.person.givenNames[1]")).isEqualTo("f-person-givenNames-1");
    }

    private static JsonNode json(ComposeForm form) {
        return JSON.readTree(ComposeJson.json(form, ENVELOPE));
    }

    private static Field field(String name, String path, FieldType type, boolean required, boolean repeatable,
                               List<String> options) {
        return new Field(name, path, type, required, repeatable, options, "", 0);
    }

    private static CaseProblem problem(String path) {
        return new CaseProblem(path, "schema.x", new LocalizedText("problème", "problem"), "x");
    }

    private static List<String> inputNames(List<ComposeView.Item> items) {
        List<String> names = new ArrayList<>();
        walk(items, item -> {
            if (item instanceof ComposeView.Input i) {
                names.add(i.path());
            }
        });
        return names;
    }

    private static ComposeView.Input input(List<ComposeView.Item> items, String path) {
        List<ComposeView.Input> found = new ArrayList<>();
        walk(items, item -> {
            if (item instanceof ComposeView.Input i && i.path().equals(path)) {
                found.add(i);
            }
        });
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static ComposeView.Repeat repeat(List<ComposeView.Item> items, String path) {
        List<ComposeView.Repeat> found = new ArrayList<>();
        walk(items, item -> {
            if (item instanceof ComposeView.Repeat r && r.path().equals(path)) {
                found.add(r);
            }
        });
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static void walk(List<ComposeView.Item> items, java.util.function.Consumer<ComposeView.Item> visit) {
        for (ComposeView.Item item : items) {
            visit.accept(item);
            if (item instanceof ComposeView.Fieldset f) {
                walk(f.items(), visit);
            } else if (item instanceof ComposeView.Repeat r) {
                walk(r.entries(), visit);
            }
        }
    }
}
