package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every user-facing string exists in French and in English: the two bundles of each module have the same keys. */
class MessageBundlesTests {

    static Stream<String> bundles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
        return Stream.of(resources).map(Resource::getFilename)
                .filter(name -> !name.contains("_"))
                .map(name -> name.substring(0, name.length() - ".properties".length()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchAndEnglishBundlesHaveTheSameKeysAndNoEmptyValue(String bundle) throws IOException {
        Properties french = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");

        assertThat(keys(english)).as("keys of %s_en", bundle).isEqualTo(keys(french));
        Stream.of(french, english).forEach(p -> p.forEach((key, value) ->
                assertThat(value.toString()).as("value of %s in %s", key, bundle).isNotBlank()));
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
