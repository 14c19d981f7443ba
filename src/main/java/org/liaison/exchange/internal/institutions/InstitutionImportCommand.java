package org.liaison.exchange.internal.institutions;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --liaison.exchange.import-institutions=<file> --liaison.exchange.import-mode=full|delta}: imports an IR
 * file from the command line, prints the summary or every problem, and exits with 0 (applied), 1 (refused) or 2
 * (no such file, or no valid mode: the mode must be given, a FULL import by mistake would remove institutions).
 */
@Component
@ConditionalOnProperty(InstitutionImportCommand.FILE)
class InstitutionImportCommand implements ApplicationRunner {

    static final String FILE = "liaison.exchange.import-institutions";
    static final String MODE = "liaison.exchange.import-mode";

    private final InstitutionImporter importer;
    private final MessageSource messages;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    InstitutionImportCommand(InstitutionImporter importer, MessageSource messages, Environment environment,
                             ConfigurableApplicationContext context) {
        this.importer = importer;
        this.messages = messages;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = run(environment.getProperty(FILE, ""), environment.getProperty(MODE, ""), System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int run(String file, String mode, PrintStream out) {
        ImportMode importMode;
        try {
            importMode = ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            out.println("Give the import mode: --" + MODE + "=full or --" + MODE + "=delta");
            return 2;
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            out.println("Cannot read the file " + path);
            return 2;
        }
        ImportSummary summary;
        try (InputStream in = Files.newInputStream(path)) {
            summary = importer.importFile(in, importMode, path.getFileName().toString());
        } catch (IOException e) {
            out.println("Cannot read the file " + path + ": " + e.getMessage());
            return 2;
        }
        if (summary.applied()) {
            out.printf("Import %d (%s) applied: %d records, %d added, %d changed, %d unchanged, %d removed%n",
                    summary.runId(), importMode, summary.records(), summary.added(), summary.changed(),
                    summary.unchanged(), summary.removed());
            return 0;
        }
        out.printf("Import %d (%s) REFUSED, nothing changed: %d bad records out of %d%n", summary.runId(), importMode,
                summary.refused(), summary.records());
        summary.problems().forEach(p -> out.printf("  line %d, column %d, %s: %s%n", p.line(), p.column(), p.path(),
                messages.getMessage("institutions.import.problem." + p.code(), null, p.code(), Locale.ENGLISH)));
        return 1;
    }
}
