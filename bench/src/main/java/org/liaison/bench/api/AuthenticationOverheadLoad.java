package org.liaison.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.liaison.LiaisonApplication;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.ApiClientAdministration;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load generator for the cost of authentication (issue #10 §7): starts Liaison on a fresh embedded PostgreSQL,
 * creates an institution's API client and a user, then sends HTTP requests from {@code threads} concurrent
 * clients (8 by default) over loopback, in rounds that alternate the series so that all of them see the same
 * machine:
 * <ul>
 *   <li>{@code legislation+token}: {@code POST /api/v1/coordination/applicable-legislation} with the client's
 *       bearer token (the posting-to-Germany example);</li>
 *   <li>{@code legislation+basic}: the same with the user's HTTP Basic (its verification cached);</li>
 *   <li>{@code partner anonymous} / {@code partner+token}: the public {@code GET /api/v1/partners/DE} without and
 *       with the token: the same work, so the difference of the two is what authenticating a token costs.</li>
 * </ul>
 * Prints p50, p90, p99 and throughput per series. Arguments: requests per thread per round (default 250), rounds
 * (4), threads (8). The server and the load share the machine (one JVM), as they share it in every series.
 *
 * <p>Run it through the application's executable jar (see bench/README.md):
 * {@code java -Dloader.path=bench/target/classes -Dloader.main=org.liaison.bench.api.AuthenticationOverheadLoad
 * -cp target/liaison-exec.jar org.springframework.boot.loader.launch.PropertiesLauncher 250 4 8}
 */
public final class AuthenticationOverheadLoad {

    private static final String LEGISLATION = """
            {"person": {"residenceState": "FR", "nationality": "FR"},
             "activities": [{"kind": "EMPLOYED", "state": "DE", "postedFrom": "FR",
               "employer": {"id": "552100554", "seat": "FR", "substantialActivityInSeat": true},
               "period": {"start": "2026-03-01", "end": "2027-10-31"}, "replacesPostedWorker": false}],
             "priorAffiliation": {"state": "FR", "period": {"start": "2020-01-01", "end": "2026-02-28"}},
             "period": {"start": "2026-03-01", "end": "2027-10-31"}, "exceptionRequested": false}""";

    private AuthenticationOverheadLoad() {
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path data = Files.createTempDirectory("liaison-auth-load");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
                // arguments, not default properties, which application.properties would override (./data, port 8080)
                .run("--liaison.embedded-db.dir=" + data.resolve("postgres"), "--server.port=0",
                        "--logging.level.root=WARN");
        try {
            String port = context.getEnvironment().getProperty("local.server.port");
            String base = "http://127.0.0.1:" + port;
            context.getBean(OrganisationAdministration.class)
                    .create(new Organisation("BENCH-CAISSE", "Caisse de banc d'essai", OrganisationKind.FRENCH_INSTITUTION));
            String token = context.getBean(ApiClientAdministration.class).create(new ApiClientAdministration.NewClient(
                    "bench-client", "BENCH-CAISSE", Role.INSTITUTION_AGENT, LocalDate.now().plusDays(30)), "bench")
                    .token();
            UserAdministration users = context.getBean(UserAdministration.class);
            String password = users.create(new UserAdministration.NewUser("bench-agent", null, null, "BENCH-CAISSE",
                    EnumSet.of(Role.INSTITUTION_AGENT))).newPassword();
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString(("bench-agent:" + password).getBytes(StandardCharsets.UTF_8));

            Map<String, Supplier<HttpRequest>> series = new LinkedHashMap<>();
            series.put("legislation+token", () -> legislation(base).header("Authorization", "Bearer " + token).build());
            series.put("legislation+basic", () -> legislation(base).header("Authorization", basic).build());
            series.put("partner anonymous", () -> partner(base).build());
            series.put("partner+token", () -> partner(base).header("Authorization", "Bearer " + token).build());

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // daemon threads: a failed request must end the run, not leave it waiting on the pool
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task);
                thread.setDaemon(true);
                return thread;
            });
            series.values().forEach(request -> run(pool, client, request, threads, 50)); // warm-up
            Map<String, List<Long>> latencies = new LinkedHashMap<>();
            Map<String, Long> elapsed = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Supplier<HttpRequest>> entry : series.entrySet()) {
                    long start = System.nanoTime();
                    List<Long> times = run(pool, client, entry.getValue(), threads, perRound);
                    elapsed.merge(entry.getKey(), System.nanoTime() - start, Long::sum);
                    latencies.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).addAll(times);
                }
            }
            pool.shutdown();
            System.out.printf("%n%d threads, %d rounds of %d requests per thread and series, %s, %d cores%n",
                    threads, rounds, perRound, System.getProperty("java.vm.version"),
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| series | requests | p50 (ms) | p90 (ms) | p99 (ms) | requests/s |");
            System.out.println("|---|---|---|---|---|---|");
            latencies.forEach((name, times) -> {
                long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.0f |%n", name, sorted.length,
                        percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                        sorted.length / (elapsed.get(name) / 1e9));
            });
        } finally {
            context.close();
        }
    }

    private static HttpRequest.Builder legislation(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/coordination/applicable-legislation"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LEGISLATION));
    }

    private static HttpRequest.Builder partner(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/partners/DE")).header("Accept", "application/json")
                .GET();
    }

    /** Each thread sends {@code count} requests one after the other; the latencies in nanoseconds. */
    private static List<Long> run(ExecutorService pool, HttpClient client, Supplier<HttpRequest> request,
                                  int threads, int count) {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] times = new long[count];
                for (int i = 0; i < count; i++) {
                    HttpRequest built = request.get();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
                    times[i] = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(built.uri() + " answered " + response.statusCode() + " to "
                                + built.headers().firstValue("Authorization").map(a -> a.substring(0, 6)).orElse("nobody")
                                + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            try {
                Arrays.stream(future.get()).forEach(all::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
