package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.ResultCode;

/** Names a result for boundary tables. */
final class Results {

    private Results() {
    }

    /**
     * @param result a result
     * @return {@code SUCCESS} or the {@link PropertyResults} constant's name
     */
    static String name(ResultCode result) {
        return result.isSuccess() ? "SUCCESS" : ((PropertyResults) result).name();
    }
}
