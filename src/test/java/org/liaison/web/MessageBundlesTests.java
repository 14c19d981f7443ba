package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-facing string exists in French and in English: the two files of each bundle have the same keys. */
class MessageBundlesTests {

    @ParameterizedTest(name = "i18n/{0}")
    @ValueSource(strings = {"common", "portal", "agreements", "identity", "audit"})
    void frenchAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> french = load("i18n/" + bundle + ".properties").stringPropertyNames();
        Set<String> english = load("i18n/" + bundle + "_en.properties").stringPropertyNames();

        assertThat(english).as("keys missing in English").containsAll(french);
        assertThat(french).as("keys missing in French").containsAll(english);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
