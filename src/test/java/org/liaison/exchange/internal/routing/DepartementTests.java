package org.liaison.exchange.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The département a routing rule compares is read from the French postcode of the person's address. */
class DepartementTests {

    @Test
    // Département codes (2A, 2B, 971–976) as the code officiel géographique names them:
    // https://www.insee.fr/fr/metadonnees/source/operation/s2085/produits — that source gives no postcodes; the
    // postcodes here (Ajaccio 20000, Bastia 20200, Saint-Denis de La Réunion 97400) are built for the test.
    @DisplayName("Corsican postcodes give 2A (200xx–201xx) or 2B (202xx–206xx), overseas ones three digits")
    void corsicanAndOverseasPostcodesGiveTheirDepartement() {
        assertThat(Routing.departementOf("20000")).isEqualTo("2A");
        assertThat(Routing.departementOf("20167")).isEqualTo("2A");
        assertThat(Routing.departementOf("20200")).isEqualTo("2B");
        assertThat(Routing.departementOf("20600")).isEqualTo("2B");
        assertThat(Routing.departementOf("97400")).isEqualTo("974");
        assertThat(Routing.departementOf("75015")).isEqualTo("75");
    }
}
