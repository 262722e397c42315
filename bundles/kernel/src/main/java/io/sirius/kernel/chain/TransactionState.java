package io.sirius.kernel.chain;

import io.sirius.api.model.Hash256;

/**
 * Where a transaction stands, as {@code /transactionStatus} reports it.
 *
 * @param hash its hash
 * @param group {@code unconfirmed}, {@code confirmed} or {@code failed}
 * @param status the Sirius status name ({@code Success} unless failed)
 * @param deadline its deadline, ms since the Sirius epoch
 * @param height the block that confirmed it (0 otherwise)
 * @param signer its signer, when known (not for bytes that were not a transaction)
 */
public record TransactionState(Hash256 hash, String group, String status, long deadline, long height,
        java.util.Optional<io.sirius.api.model.PublicKey> signer) {
}
