package org.liaison.shared.data;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo seeders run once per database, by a marker: a row of {@code demo_seed} (Flyway V4_3) keyed by the seed's
 * name, written in the same transaction as what the seed stores. A restart finds the marker and seeds nothing,
 * however much was added or changed since (a check on the data itself, such as "are there cases yet", reads only
 * part of it or is fooled by what users did); a seed that fails stores neither its data nor its marker.
 */
@Component
public class DemoSeeds {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoSeeds(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs the seed in one transaction with its marker, unless the marker is there already: the value the seed
     * returns, or {@code null} when it had run before. Two instances starting together seed once: the second waits on
     * the first's marker row, then finds it.
     */
    public <T> T once(String name, Supplier<T> seed) {
        return transactions.execute(status -> {
            int marked = jdbc.sql("insert into demo_seed (name) values (?) on conflict (name) do nothing").param(name)
                    .update();
            return marked == 0 ? null : seed.get();
        });
    }

    /** Whether the seed has run on this database. */
    public boolean done(String name) {
        return jdbc.sql("select count(*) from demo_seed where name = ?").param(name).query(Long.class).single() > 0;
    }
}
