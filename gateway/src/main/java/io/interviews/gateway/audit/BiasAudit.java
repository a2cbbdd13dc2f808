package io.interviews.gateway.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Selection rates and impact ratios as NYC Local Law 144 bias audits compute them (a pure function of the sample):
 * a category's selection rate is its selected over its assessed; its impact ratio is that rate over the highest
 * rate among the grouping's compared categories; a ratio under four-fifths (0.8) is flagged. A category with under
 * 2 % of the sample is reported apart and not compared (the rule lets an auditor exclude it), so it neither sets
 * the highest rate nor is flagged; candidates who declined to say are counted as unknown and not compared.
 */
public final class BiasAudit {

    /** Four-fifths, as a fraction, so a ratio of exactly 0.8 is compared exactly and not flagged. */
    private static final long FOUR = 4;
    private static final long FIVE = 5;
    /** A category is compared only with at least 2 % (2 in 100) of the sample. */
    private static final long SMALL_PERCENT = 2;

    /** The category of the candidates who declined to say. */
    public static final String UNKNOWN = "unknown";

    private BiasAudit() {
    }

    /** The audit of {@code selection} over {@code sample}, one entry per assessed candidate. */
    public static SelectionAudit audit(Selection selection, List<AssessedCandidate> sample) {
        int selected = (int) sample.stream().filter(AssessedCandidate::selected).count();
        List<GroupingAudit> groupings = Arrays.stream(Grouping.values())
                .map(grouping -> audit(grouping, sample))
                .toList();
        return new SelectionAudit(selection, sample.size(), selected, groupings);
    }

    private static GroupingAudit audit(Grouping grouping, List<AssessedCandidate> sample) {
        List<Tally> compared = new ArrayList<>();
        List<Tally> small = new ArrayList<>();
        for (String category : grouping.categories()) {
            Tally tally = Tally.of(category,
                    sample.stream().filter(candidate -> category.equals(grouping.categoryOf(candidate))).toList());
            if (tally.assessed == 0) {
                continue;
            }
            (tally.assessed * 100L < SMALL_PERCENT * sample.size() ? small : compared).add(tally);
        }
        Tally unknown = Tally.of(UNKNOWN,
                sample.stream().filter(candidate -> grouping.categoryOf(candidate) == null).toList());
        Tally highest = compared.stream().reduce((a, b) -> b.rateAbove(a) ? b : a).orElse(null);
        return new GroupingAudit(grouping,
                compared.stream().map(tally -> tally.comparedWith(highest)).toList(),
                small.stream().map(Tally::notCompared).toList(),
                unknown.notCompared());
    }

    private record Tally(String category, long assessed, long selected) {

        static Tally of(String category, List<AssessedCandidate> candidates) {
            return new Tally(category, candidates.size(),
                    candidates.stream().filter(AssessedCandidate::selected).count());
        }

        /** Whether this rate is above {@code other}'s, compared as fractions. */
        boolean rateAbove(Tally other) {
            return selected * other.assessed > other.selected * assessed;
        }

        Double rate() {
            return assessed == 0 ? null : (double) selected / assessed;
        }

        CategoryRate comparedWith(Tally highest) {
            if (highest.selected == 0) {
                return notCompared();
            }
            double ratio = (double) (selected * highest.assessed) / (highest.selected * assessed);
            // rate / highest < 4/5, in integers
            boolean flagged = FIVE * selected * highest.assessed < FOUR * highest.selected * assessed;
            return new CategoryRate(category, (int) assessed, (int) selected, rate(), ratio, flagged);
        }

        CategoryRate notCompared() {
            return new CategoryRate(category, (int) assessed, (int) selected, rate(), null, false);
        }
    }
}
