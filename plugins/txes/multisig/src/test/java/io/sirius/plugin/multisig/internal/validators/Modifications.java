package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import java.util.ArrayList;
import java.util.List;

/** Modifications written as text for the validator tables, and results by name. */
public final class Modifications {

    private Modifications() {
    }

    /**
     * @param text modifications separated by spaces: {@code +n} adds account n, {@code -n} removes it, {@code t:n}
     *     is type byte t for account n
     * @return the modifications
     */
    public static List<CosignatoryModification> parse(String text) {
        List<CosignatoryModification> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : text.trim().split(" +")) {
            if (item.startsWith("+")) {
                out.add(new CosignatoryModification(0, Fixtures.key(Integer.parseInt(item.substring(1)))));
            } else if (item.startsWith("-")) {
                out.add(new CosignatoryModification(1, Fixtures.key(Integer.parseInt(item.substring(1)))));
            } else {
                String[] parts = item.split(":");
                out.add(new CosignatoryModification(Integer.parseInt(parts[0]), Fixtures.key(Integer.parseInt(parts[1]))));
            }
        }
        return out;
    }

    /**
     * @param name {@code SUCCESS}, a {@link MultisigResults} constant, or {@code INELIGIBLE_COSIGNERS} /
     *     {@code MISSING_COSIGNERS} (the aggregate family's)
     * @return the result
     */
    public static ResultCode result(String name) {
        switch (name) {
            case "SUCCESS":
                return ResultCodes.SUCCESS;
            case "INELIGIBLE_COSIGNERS":
                return AggregateResults.INELIGIBLE_COSIGNERS;
            case "MISSING_COSIGNERS":
                return AggregateResults.MISSING_COSIGNERS;
            default:
                return MultisigResults.valueOf(name);
        }
    }

    /**
     * @param text numbers separated by spaces, or empty
     * @return the numbers
     */
    public static int[] numbers(String text) {
        return text == null || text.isBlank() ? new int[0]
                : java.util.Arrays.stream(text.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }
}
