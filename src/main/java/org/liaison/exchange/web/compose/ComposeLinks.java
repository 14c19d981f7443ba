package org.liaison.exchange.web.compose;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.cases.CaseProblem;

/**
 * Where the compose page shows each problem and puts the focus: a problem's JSON path in the SED's content
 * ({@code $.content.pension.periods[1].end}) goes to the input at that path, or to the nearest entry, list or group
 * above it, or to the whole form.
 */
final class ComposeLinks {

    private ComposeLinks() {
    }

    /**
     * The path of the element that shows a problem: for a path in the SED's content ({@code $.content.x}), the
     * nearest input, entry, list or group of the form at or above it, else the whole form; null for a path outside
     * the content (the case, the BUC), which the page's own fields show.
     */
    static @Nullable String holder(ComposeForm form, String problemPath) {
        if (!problemPath.equals("$.content") && !problemPath.startsWith("$.content.") && !problemPath.startsWith("$.content[")) {
            return null;
        }
        String path = "$" + problemPath.substring("$.content".length());
        List<String> known = new ArrayList<>();
        ComposeView.items(form, List.of()).forEach(item -> collect(item, known));
        while (!path.equals("$")) {
            if (known.contains(path)) {
                return path;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut <= 0 ? "$" : path.substring(0, cut);
        }
        return "$";
    }

    /** The problems of the SED's content that no element nearer than the whole form holds. */
    static List<CaseProblem> ofTheForm(ComposeForm form, List<CaseProblem> found) {
        return found.stream().filter(p -> "$".equals(holder(form, p.path()))).toList();
    }

    /** The DOM id where the error summary links a problem. */
    static String link(ComposeForm form, CaseProblem problem) {
        String holder = holder(form, problem.path());
        if (holder == null) {
            return problem.path().replace("$.", "").replaceAll("[^A-Za-z0-9]+", "-");
        }
        return holder.equals("$") ? ComposeView.FORM_ID : ComposeView.id(holder);
    }

    /**
     * Where the page puts the focus after an entry was added or removed: the first input of the entry added
     * ({@code $.pension.periods[1]}), or the add button of the list an entry was removed from.
     */
    static String focus(List<ComposeView.Item> items, String entryPath, boolean added) {
        if (!added) {
            int open = entryPath.lastIndexOf('[');
            return ComposeView.id(open < 0 ? entryPath : entryPath.substring(0, open)) + "-add";
        }
        List<String> paths = new ArrayList<>();
        items.forEach(item -> collect(item, paths));
        return paths.stream()
                .filter(p -> p.equals(entryPath) || p.startsWith(entryPath + ".") || p.startsWith(entryPath + "["))
                .filter(p -> isInput(items, p)).findFirst().map(ComposeView::id).orElse(ComposeView.FORM_ID);
    }

    private static boolean isInput(List<ComposeView.Item> items, String path) {
        for (ComposeView.Item item : items) {
            if (item instanceof ComposeView.Input i && i.path().equals(path)) {
                return true;
            }
            List<ComposeView.Item> inner = item instanceof ComposeView.Fieldset f ? f.items()
                    : item instanceof ComposeView.Repeat r ? r.entries() : List.of();
            if (isInput(inner, path)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(ComposeView.Item item, List<String> into) {
        if (item instanceof ComposeView.Input i) {
            into.add(i.path());
        } else if (item instanceof ComposeView.Fieldset f) {
            into.add(f.path());
            f.items().forEach(inner -> collect(inner, into));
        } else if (item instanceof ComposeView.Repeat r) {
            into.add(r.path());
            r.entries().forEach(inner -> collect(inner, into));
        }
    }
}
