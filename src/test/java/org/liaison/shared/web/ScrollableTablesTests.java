package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A wide table scrolls sideways inside DSFR's {@code fr-table__container} on a phone; a keyboard user can scroll it
 * only if that region takes the focus (axe {@code scrollable-region-focusable}, WCAG 2.1.1, seen on 1–3 tables per
 * detail page in issue #11 §3). Every template's table container is therefore focusable.
 */
class ScrollableTablesTests {

    private static final Pattern CONTAINER = Pattern.compile("<div class=\"fr-table__container\"([^>]*)>");

    @Test
    void everyTableContainerOfEveryTemplateTakesTheFocus() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("the templates were found").hasSizeGreaterThan(20);
        List<String> unfocusable = new ArrayList<>();
        int containers = 0;
        for (Resource template : templates) {
            Matcher container = CONTAINER.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (container.find()) {
                containers++;
                if (!container.group(1).contains("tabindex=\"0\"")) {
                    unfocusable.add(template.getFilename());
                }
            }
        }
        assertThat(containers).as("tables in the templates").isGreaterThan(10);
        assertThat(unfocusable).as("templates with a table region a keyboard cannot scroll").isEmpty();
    }
}
