package org.liaison.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A check's facts are a small immutable map: the same as any map of the same entries, only cheaper to build. */
class FactsTests {

    @Test
    void factsEqualTheSameEntriesInAnyMapAndKeepTheirOrder() {
        Map<String, String> facts = Facts.of("anticipatedMonths", "20", "maxMonths", "24");
        assertThat(facts).isEqualTo(Map.of("maxMonths", "24", "anticipatedMonths", "20"))
                .hasSameHashCodeAs(Map.of("maxMonths", "24", "anticipatedMonths", "20"));
        assertThat(facts.keySet()).containsExactly("anticipatedMonths", "maxMonths");
        assertThat(facts.get("maxMonths")).isEqualTo("24");
        assertThat(facts.get("priorMonths")).isNull();
        assertThat(new TreeMap<>(facts)).hasToString("{anticipatedMonths=20, maxMonths=24}");
    }

    @Test
    void aCheckKeepsItsFactsAsGivenAndTheyCannotChange() {
        Map<String, String> facts = Facts.of("state", "DE");
        RequirementCheck check = new RequirementCheck("ACTIVITY_STATE", "EU_883_ART11_3_A", RequirementResult.MET, facts,
                org.liaison.shared.LegalReference.of("Reg. 883/2004 art. 11(3)(a)"), org.liaison.shared.LocalizedText.EMPTY);
        assertThat(check.facts()).isSameAs(facts);
        assertThatThrownBy(() -> facts.put("state", "FR")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> facts.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesComeWithValuesOnceEachAndNeverNull() {
        assertThatThrownBy(() -> Facts.of("state")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Facts.of("state", "DE", "state", "FR")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Facts.of("state", null)).isInstanceOf(NullPointerException.class);
    }
}
