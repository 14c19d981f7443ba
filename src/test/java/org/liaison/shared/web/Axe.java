package org.liaison.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs axe-core (installed by npm in src/main/frontend) in the page the browser shows. */
public final class Axe {

    private final String source;
    private final JsonMapper json = JsonMapper.builder().build();

    public Axe() throws IOException {
        String frontend = System.getProperty("liaison.frontend.dir", "src/main/frontend");
        this.source = Files.readString(Path.of(frontend, "node_modules", "axe-core", "axe.min.js"));
    }

    /** The violations of impact serious or critical, each as "id (impact): help — targets". */
    public List<String> seriousViolations(JavascriptExecutor page) {
        page.executeScript(source);
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify({ error: String(e) })));
                """);
        JsonNode violations = json.readTree(String.valueOf(result));
        if (violations.has("error")) {
            throw new IllegalStateException("axe-core failed: " + violations.get("error").asString());
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : violations) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asString() + " (" + impact + "): " + violation.path("help").asString()
                        + " — " + targets);
            }
        }
        return serious;
    }
}
