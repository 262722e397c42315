package io.sirius.kernel.chain;

import io.sirius.api.model.Hash256;
import java.util.Optional;

/**
 * The outcome of announcing a transaction.
 *
 * @param hash the transaction's hash, if the bytes were a transaction
 * @param accepted whether it is now unconfirmed (or already was)
 * @param status the Sirius status name ({@code Success} when accepted)
 * @param message what went wrong, for the client
 */
public record Announcement(Optional<Hash256> hash, boolean accepted, String status, String message) {
}
