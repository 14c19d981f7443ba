package org.liaison.bench.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.liaison.LiaisonApplication;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.transport.Transport;
import org.liaison.exchange.transport.TransportReceipt;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for the exchange hub's receiving side: starts Liaison on a fresh embedded PostgreSQL and delivers
 * incoming H001 messages (each opening a new H_BUC_01 case from a German institution to the French liaison body)
 * through the {@link Transport} port, as a partner's node would. Each delivery runs the whole receipt: JSON schema
 * validation, institution repository checks, the BUC engine's verdict, the jsonb store with its hash, the routing to
 * the competent French institution, the case history, the audit entry and the events, in one transaction.
 * Prints throughput, latency percentiles and heap. Arguments: messages per thread (default 5000), threads (1).
 *
 * <p>Run it through the application's executable jar so that it gets the application's own classpath:
 * {@code java -Dloader.path=bench/target/classes -Dloader.main=org.liaison.bench.exchange.SedReceiptLoad
 * -cp target/liaison-exec.jar org.springframework.boot.loader.launch.PropertiesLauncher 5000 1}.
 */
public final class SedReceiptLoad {

    private static final int WARM_UP = 500;

    public static void main(String[] args) throws Exception {
        int perThread = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path data = Files.createTempDirectory("liaison-bench-pg");
        String content = resource("bench/H001.json");
        String hash = sha256(content);
        // command-line arguments, not builder properties: those are defaults that application.properties overrides
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
                .run("--server.port=0", "--liaison.embedded-db.dir=" + data, "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            Transport transport = context.getBean(Transport.class);
            AtomicLong sequence = new AtomicLong();
            for (int i = 0; i < WARM_UP; i++) {
                deliver(transport, content, hash, sequence.incrementAndGet());
            }
            long[][] latencies = new long[threads][perThread];
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long[] mine = latencies[t];
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        long before = System.nanoTime();
                        deliver(transport, content, hash, sequence.incrementAndGet());
                        mine[i] = System.nanoTime() - before;
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            long elapsed = System.nanoTime() - start;
            pool.shutdown();
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("SEDs received (validated, stored, routed): %d in %.1f s with %d thread(s): %.0f per second%n",
                    all.length, elapsed / 1e9, threads, all.length / (elapsed / 1e9));
            System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", percentile(all, 50),
                    percentile(all, 90), percentile(all, 99), all[all.length - 1] / 1e6);
            System.out.printf("heap used after GC: %d MB (max %d MB)%n", heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void deliver(Transport transport, String content, String hash, long n) {
        String caseId = "DE-2026-B" + n;
        ExchangeMessage message = new ExchangeMessage("MSG-BENCH-" + n, caseId, "H_BUC_01", "4.3",
                ExchangeEnvironment.PRODUCTION, "DE:DVKA", "DE:AP01", "FR:CLEISS", "FR:AP01", CaseRole.CASE_OWNER,
                "SED-BENCH-" + n, "H001", BucActionKind.SEND, null, null,
                List.of(new BucParticipant("DE:DVKA", CaseRole.CASE_OWNER),
                        new BucParticipant("FR:CLEISS", CaseRole.COUNTERPARTY)),
                content, hash, List.of(), LocalDate.now(), Instant.now());
        TransportReceipt receipt = transport.deliver(message);
        if (receipt.status() != TransportReceipt.Status.ACCEPTED) {
            throw new IllegalStateException("message " + n + " not accepted: " + receipt);
        }
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SedReceiptLoad.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
