package org.liaison.exchange.internal.institutions;

import java.util.List;

/**
 * The outcome of an import. An import is applied whole or refused whole: one bad record refuses it and changes
 * nothing (a FULL file with a bad record would otherwise take out an institution that is still there).
 *
 * @param runId     the import run's number (its row in exchange_institution_import)
 * @param mode      FULL or DELTA
 * @param applied   whether it was applied; when refused, the counts other than records and refused are 0
 * @param records   institution records read
 * @param added     institutions new to the IR (or back after a removal)
 * @param changed   institutions whose record changed
 * @param unchanged institutions whose record was the same (not rewritten)
 * @param removed   institutions taken out (absent from a FULL file, or removed by a DELTA record)
 * @param refused   bad records
 * @param problems  the first {@value #MAX_PROBLEMS} problems, in file order
 * @param peakBatch the most records held in memory at once while importing (bounded by the batch size)
 */
public record ImportSummary(long runId, ImportMode mode, boolean applied, int records, int added, int changed,
                            int unchanged, int removed, int refused, List<ImportProblem> problems, int peakBatch) {

    public static final int MAX_PROBLEMS = 100;

    public ImportSummary {
        problems = List.copyOf(problems);
    }
}
