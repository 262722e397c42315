package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;

/** Reads a boundary table's expected result. */
final class Results {

    private Results() {
    }

    /**
     * @param name {@code SUCCESS} or a {@link NamespaceResults} constant
     * @return the code
     */
    static ResultCode of(String name) {
        return name.equals("SUCCESS") ? ResultCodes.SUCCESS : NamespaceResults.valueOf(name);
    }
}
