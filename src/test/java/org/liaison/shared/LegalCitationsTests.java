package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Citations in each language as the Official Journal writes them: EUR-Lex cites "Regulation (EC) No 883/2004" and
 * "règlement (CE) n° 883/2004", the EEC regulations "(EEC)"/"(CEE)", the directive "2011/24/EU"/"2011/24/UE".
 */
class LegalCitationsTests {

    @Test
    void anArticleOfTheBasicRegulationIsCitedInEachLanguage() {
        LegalReference reference = new LegalReference("Reg. 883/2004 art. 12(1)", "");

        assertThat(reference.citation(Locale.ENGLISH)).isEqualTo("Reg. (EC) 883/2004, Art. 12(1)");
        assertThat(reference.citation(Locale.FRENCH)).isEqualTo("Règl. (CE) 883/2004, art. 12(1)");
    }

    @Test
    void aFrenchShortFormGivesTheSameTwoCitations() {
        LegalReference reference = new LegalReference("Règl. (CE) 883/2004, art. 12(1) ; règl. (CE) 987/2009, art. 14(1)–(2)", "");

        assertThat(reference.citation(Locale.FRENCH)).isEqualTo("Règl. (CE) 883/2004, art. 12(1) ; règl. (CE) 987/2009, art. 14(1)–(2)");
        assertThat(reference.citation(Locale.ENGLISH)).isEqualTo("Reg. (EC) 883/2004, Art. 12(1); Reg. (EC) 987/2009, Art. 14(1)–(2)");
    }

    @Test
    void theEecRegulationsTheirLetteredArticlesAndTheAnnexesAreTranslated() {
        LegalReference annex = new LegalReference("Reg. 1408/71 art. 10a and Annex IIa (France)", "");
        assertThat(annex.citation(Locale.ENGLISH)).isEqualTo("Reg. (EEC) 1408/71, Art. 10a and Annex IIa (France)");
        assertThat(annex.citation(Locale.FRENCH)).isEqualTo("Règl. (CEE) 1408/71, art. 10bis et annexe IIbis (France)");

        LegalReference bis = new LegalReference("Règl. (CEE) 1408/71, art. 14bis(1)(a)", "");
        assertThat(bis.citation(Locale.ENGLISH)).isEqualTo("Reg. (EEC) 1408/71, Art. 14a(1)(a)");

        LegalReference sentence = new LegalReference("Reg. 883/2004 art. 68(2), last sentence", "");
        assertThat(sentence.citation(Locale.FRENCH)).isEqualTo("Règl. (CE) 883/2004, art. 68(2), dernière phrase");

        LegalReference two = new LegalReference("Reg. 3/58 and 4/58", "");
        assertThat(two.citation(Locale.FRENCH)).isEqualTo("Règl. (CEE) 3/58 et 4/58");
    }

    @Test
    void theDirectiveIsCitedWithItsLanguagesAbbreviation() {
        LegalReference reference = new LegalReference("Directive 2011/24/EU art. 7(4)", "");

        assertThat(reference.citation(Locale.FRENCH)).isEqualTo("Directive 2011/24/UE, art. 7(4)");
        assertThat(reference.citation(Locale.ENGLISH)).isEqualTo("Directive 2011/24/EU, Art. 7(4)");
    }

    @Test
    void anyOtherCitationMustBeGivenInBothLanguagesByItsAuthor() {
        assertThatThrownBy(() -> new LegalReference("CSS art. L512-1 (children residing in France)", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalReference("Reg. 883/2004 art. 2–3; registry of instruments", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalReference("Reg. 1231/2010 art. 1", ""))
                .as("a regulation the engines do not cite").isInstanceOf(IllegalArgumentException.class);
    }
}
