package io.sirius.plugin.lockhash.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;

/** Reads a boundary table's expected result. */
final class Results {

    private Results() {
    }

    /**
     * @param name {@code SUCCESS} or a {@link LockHashResults} constant
     * @return the code
     */
    static ResultCode of(String name) {
        return name.equals("SUCCESS") ? ResultCodes.SUCCESS : LockHashResults.valueOf(name);
    }
}
