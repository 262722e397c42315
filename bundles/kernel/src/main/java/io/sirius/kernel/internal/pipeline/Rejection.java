package io.sirius.kernel.internal.pipeline;

import io.sirius.api.result.ResultCode;

/**
 * Why a transaction or block was refused: the result code clients see, and a sentence for logs and operators.
 *
 * @param code the result
 * @param detail what exactly was wrong
 */
public record Rejection(ResultCode code, String detail) {
}
