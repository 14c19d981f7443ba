package org.liaison.exchange.internal.institutions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.exchange.institutions.Institution;

/**
 * One import under way: receives the file's records, writes them batch by batch (so that at most {@link #BATCH}
 * records are held at once) and counts. After the first problem nothing more is written, since the transaction
 * will be rolled back, but the rest of the file is still read so that every bad record is reported.
 */
final class ImportRun implements InstitutionFile.Sink {

    static final int BATCH = 500;

    private final InstitutionStore store;
    private final ImportMode mode;
    private final LocalDate day;
    private final List<InstitutionFile.Entry> batch = new ArrayList<>(BATCH);
    private final List<ImportProblem> problems = new ArrayList<>();
    private int records;
    private int added;
    private int changed;
    private int unchanged;
    private int removed;
    private int refused;
    private int badRecordIndex = -2;
    private int peakBatch;

    ImportRun(InstitutionStore store, ImportMode mode, LocalDate day) {
        this.store = store;
        this.mode = mode;
        this.day = day;
    }

    @Override
    public void record(InstitutionFile.Entry entry) {
        records++;
        batch.add(entry);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void problem(ImportProblem problem) {
        if (problem.index() >= 0 && problem.index() != badRecordIndex) {
            records++;
            refused++;
            badRecordIndex = problem.index();
        } else if (problem.index() < 0) {
            refused++;
        }
        if (problems.size() < ImportSummary.MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** Writes the records read since the last batch. */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        peakBatch = Math.max(peakBatch, batch.size());
        Set<String> fresh = store.markSeen(batch.stream().map(e -> e.institution().id().toString()).toList());
        List<InstitutionFile.Entry> unique = new ArrayList<>();
        for (InstitutionFile.Entry entry : batch) {
            if (fresh.remove(entry.institution().id().toString())) {
                unique.add(entry);
            } else {
                refused++;
                if (problems.size() < ImportSummary.MAX_PROBLEMS) {
                    problems.add(new ImportProblem(entry.index(), entry.line(), entry.column(),
                            "$.institutions[" + entry.index() + "].id", "id.duplicate"));
                }
            }
        }
        batch.clear();
        if (refused == 0) {
            write(unique);
        }
    }

    private void write(List<InstitutionFile.Entry> entries) {
        Map<String, InstitutionStore.Stored> stored = store.stored(entries.stream()
                .map(e -> e.institution().id().toString()).toList());
        List<Institution> inserts = new ArrayList<>();
        List<Institution> updates = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (InstitutionFile.Entry entry : entries) {
            Institution institution = entry.institution();
            InstitutionStore.Stored before = stored.get(institution.id().toString());
            if (entry.remove()) {
                if (before != null && !before.removed()) {
                    removals.add(institution.id().toString());
                } else {
                    unchanged++;
                }
            } else if (before == null) {
                inserts.add(institution);
                added++;
            } else if (before.removed()) {
                updates.add(institution);
                added++;
            } else if (before.hash().equals(ContentHash.of(institution))) {
                unchanged++;
            } else {
                updates.add(institution);
                changed++;
            }
        }
        if (!inserts.isEmpty()) {
            store.insert(inserts);
        }
        if (!updates.isEmpty()) {
            store.update(updates);
        }
        if (!removals.isEmpty()) {
            removed += store.remove(removals, day);
        }
    }

    /** FULL mode, once the whole file was read and found good: takes out what it did not list. */
    void removeUnlisted() {
        removed += store.removeUnseen(day);
    }

    /** A problem with the file as a whole (e.g. an empty FULL file). */
    void fileProblem(String code) {
        problem(new ImportProblem(-1, 0, 0, "$.institutions", code));
    }

    boolean failed() {
        return refused > 0;
    }

    int records() {
        return records;
    }

    ImportSummary summary(long runId, boolean applied) {
        return applied
                ? new ImportSummary(runId, mode, true, records, added, changed, unchanged, removed, 0, List.of(), peakBatch)
                : new ImportSummary(runId, mode, false, records, 0, 0, 0, 0, refused, problems, peakBatch);
    }
}
