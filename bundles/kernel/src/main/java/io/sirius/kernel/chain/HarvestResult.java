package io.sirius.kernel.chain;

import java.util.Optional;

/**
 * What came of a harvest request.
 *
 * @param height the height of the block produced, if one was
 * @param transactions how many transactions it holds
 * @param reason why no block was produced (not eligible, no hit yet, paused)
 */
public record HarvestResult(Optional<Long> height, int transactions, String reason) {
}
