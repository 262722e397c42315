package io.sirius.plugin.locksecret.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;

/** Reads a boundary table's expected result. */
final class Results {

    private Results() {
    }

    /**
     * @param name {@code SUCCESS}, {@code FAILURE} or a {@link LockSecretResults} constant
     * @return the code
     */
    static ResultCode of(String name) {
        return switch (name) {
            case "SUCCESS" -> ResultCodes.SUCCESS;
            case "FAILURE" -> ResultCodes.FAILURE;
            default -> LockSecretResults.valueOf(name);
        };
    }
}
