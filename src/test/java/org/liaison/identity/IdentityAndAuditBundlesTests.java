package org.liaison.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** French and English say the same things: the identity and audit bundles have the same keys, none empty. */
class IdentityAndAuditBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"identity", "audit"})
    void frenchAndEnglishBundlesHaveTheSameNonEmptyKeys(String bundle) throws IOException {
        Properties french = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");

        assertThat(french).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
        assertThat(french.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = IdentityAndAuditBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
