package io.sirius.api.rest;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a transaction body's fields the way js-xpx-chain-rest shows them (and the SDK's
 * {@code CreateTransactionFromDTO} reads them), e.g. a transfer's {@code recipient}, {@code mosaics} and
 * {@code message}. The REST bundle adds the common fields (signature, signer, version, type, maxFee, deadline).
 *
 * @param <T> the body record
 */
@ConsumerType
@FunctionalInterface
public interface TransactionJson<T> {

    /**
     * @param body the decoded body
     * @param version the entity version
     * @return the body's fields as JSON-able values (see the package documentation); uint64 values as {@link Uint64}
     */
    Map<String, Object> write(T body, int version);
}
