package org.liaison.exchange.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.seds.SedForm;
import org.liaison.exchange.seds.SedForm.FieldType;

/** The form generated from a schema, for composing an SED: groups, repeatable groups, typed fields, choices. */
class SedFormTests {

    static final JsonSedCatalogue CATALOGUE = SedCatalogueTests.CATALOGUE;

    @Test
    void theA001FormHasTheEnvelopeThePersonAndTheExceptionRequest() {
        SedForm form = CATALOGUE.form("A001", "4.2").orElseThrow();
        assertThat(form.elements()).extracting(SedForm.Element::name)
                .containsExactly("sed", "version", "caseIds", "sender", "recipients", "person", "legislation");
        assertThat(field(form, "$.sed")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.CONSTANT);
            assertThat(f.options()).containsExactly("A001");
        });
        SedForm.Group caseIds = group(form, "$.caseIds[*]");
        assertThat(caseIds.repeatable()).isTrue();
        assertThat(caseIds.minItems()).isEqualTo(1);
        assertThat(field(form, "$.caseIds[*].institution").type()).isEqualTo(FieldType.INSTITUTION);
        assertThat(field(form, "$.person.birthDate")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.DATE);
            assertThat(f.required()).isTrue();
        });
        assertThat(field(form, "$.person.sex").options()).containsExactly("F", "M", "U");
        assertThat(field(form, "$.person.givenNames")).satisfies(f -> {
            assertThat(f.repeatable()).isTrue();
            assertThat(f.maxLength()).isEqualTo(100);
        });
        assertThat(field(form, "$.person.nationalities").type()).isEqualTo(FieldType.COUNTRY);
        SedForm.Group legislation = group(form, "$.legislation");
        assertThat(legislation.required()).isTrue();
        assertThat(legislation.elements()).extracting(SedForm.Element::name)
                .containsExactly("requestedLegislation", "article", "period", "justification", "employer", "workCountries");
        assertThat(field(form, "$.legislation.requestedLegislation")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.COUNTRY);
            assertThat(f.required()).isTrue();
        });
        assertThat(field(form, "$.legislation.period.end").required()).isTrue();
        assertThat(field(form, "$.legislation.employer.name").required()).isTrue();
    }

    @Test
    void version43OfA001AddsTheTeleworkFlagAndTheBirthPlace() {
        SedForm form = CATALOGUE.form("A001", "4.3").orElseThrow();
        assertThat(field(form, "$.legislation.teleworkFrameworkAgreement").type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(field(form, "$.person.birthPlace.country").type()).isEqualTo(FieldType.COUNTRY);
        assertThat(find(CATALOGUE.form("A001", "4.2").orElseThrow().elements(), "$.legislation.teleworkFrameworkAgreement")).isNull();
    }

    @Test
    void theP2000FormHasRepeatableInsuranceStatesAndAChoiceOfMaritalStatus() {
        SedForm form = CATALOGUE.form("P2000", "4.3").orElseThrow();
        assertThat(field(form, "$.pension.claimDate")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.DATE);
            assertThat(f.required()).isTrue();
        });
        assertThat(field(form, "$.pension.maritalStatus")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.CHOICE);
            assertThat(f.options()).contains("MARRIED", "WIDOWED");
            assertThat(f.required()).isFalse();
        });
        SedForm.Group states = group(form, "$.pension.insuranceStates[*]");
        assertThat(states.repeatable()).isTrue();
        assertThat(states.required()).isTrue();
        assertThat(states.elements()).extracting(SedForm.Element::name).containsExactly("country", "institution", "insuranceNumber");
        assertThat(field(form, "$.pension.bank.iban").pattern()).startsWith("^[A-Z]{2}");
        assertThat(CATALOGUE.form("P7000", "4.3")).isEmpty();
    }

    private static SedForm.Field field(SedForm form, String path) {
        SedForm.Element element = find(form.elements(), path);
        assertThat(element).as(path).isInstanceOf(SedForm.Field.class);
        return (SedForm.Field) element;
    }

    private static SedForm.Group group(SedForm form, String path) {
        SedForm.Element element = find(form.elements(), path);
        assertThat(element).as(path).isInstanceOf(SedForm.Group.class);
        return (SedForm.Group) element;
    }

    private static SedForm.Element find(List<SedForm.Element> elements, String path) {
        for (SedForm.Element element : elements) {
            if (element.path().equals(path)) {
                return element;
            }
            if (element instanceof SedForm.Group group) {
                SedForm.Element inside = find(group.elements(), path);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
