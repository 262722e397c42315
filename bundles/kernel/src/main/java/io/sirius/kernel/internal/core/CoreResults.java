package io.sirius.kernel.internal.core;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;

/**
 * The kernel's own result codes, numbered as Sirius numbers them: its core system (facility Core 0x43), the
 * signature check (Signature 0x53), the hash cache (Hash 0x48) and the chain (Chain 0xFF).
 */
public enum CoreResults implements ResultCode {
    /** The deadline has passed. */
    PAST_DEADLINE(0x43, "Core", 3, "the deadline has passed"),
    /** The deadline is further away than the longest transaction lifetime. */
    FUTURE_DEADLINE(0x43, "Core", 4, "the deadline is beyond the longest transaction lifetime"),
    /** The sender does not hold enough. */
    INSUFFICIENT_BALANCE(0x43, "Core", 5, "the sender's balance is too small"),
    /** A block holds more transactions than allowed. */
    TOO_MANY_TRANSACTIONS(0x43, "Core", 15, "the block holds more transactions than maxTransactionsPerBlock"),
    /** The entity belongs to another network. */
    WRONG_NETWORK(0x43, "Core", 20, "the entity's network byte is not this network's"),
    /** An address is malformed or of another network. */
    INVALID_ADDRESS(0x43, "Core", 21, "an address is malformed or belongs to another network"),
    /** The network does not accept this version of this entity type. */
    INVALID_VERSION(0x43, "Core", 22, "this version of this entity type is not supported at this height"),
    /** The fee exceeds the maximum fee, or the maximum fee is absurd. */
    INVALID_TRANSACTION_FEE(0x43, "Core", 23, "the fee is above the signer's maximum fee"),
    /** A block's fee interest exceeds its denominator. */
    INVALID_FEEINTEREST(0x43, "Core", 24, "the block's fee interest is larger than its denominator"),
    /** A block's fee interest denominator is zero. */
    INVALID_FEEINTERESTDENOMINATOR(0x43, "Core", 25, "the block's fee interest denominator is zero"),
    /** The block's producer may not harvest. */
    BLOCK_HARVESTER_INELIGIBLE(0x43, "Core", 105, "the block's signer does not have enough effective balance"),
    /** The signature does not verify. */
    SIGNATURE_NOT_VERIFIABLE(0x53, "Signature", 8, "the signature does not verify"),
    /** The transaction is already in the chain. */
    HASH_EXISTS(0x48, "Hash", 7, "a transaction with this hash is already confirmed"),
    /** The block does not link to the chain's tip. */
    CHAIN_UNLINKED(0xFF, "Chain", 102, "the block does not follow the chain's tip"),
    /** The block's generation hash does not hit the target. */
    CHAIN_BLOCK_NOT_HIT(0xFF, "Chain", 104, "the block's hit is not below its target"),
    /** The block's state hash is not the state its transactions lead to. */
    CHAIN_BLOCK_INCONSISTENT_STATE_HASH(0xFF, "Chain", 105, "the block's state hash does not match"),
    /** The block's receipts hash is not the hash of the statements its transactions lead to. */
    CHAIN_BLOCK_INCONSISTENT_RECEIPTS_HASH(0xFF, "Chain", 106, "the block's receipts hash does not match"),
    /** The block's difficulty is not the one the chain's history gives. */
    CONSUMER_REMOTE_CHAIN_MISMATCHED_DIFFICULTIES(0xFE, "Consumer", 0x3002, "the block's difficulty is not the chain's"),
    /** The block's transactions hash does not match its transactions. */
    CONSUMER_BLOCK_TRANSACTIONS_HASH_MISMATCH(0xFE, "Consumer", 0x1001, "the block's transactions hash does not match"),
    /** The block or transaction bytes are malformed. */
    CONSUMER_MALFORMED(0xFE, "Consumer", 0x0002, "the bytes are not a well-formed entity"),
    /** The unconfirmed transactions cache is full. */
    CHAIN_UNCONFIRMED_CACHE_TOO_FULL(0xFF, "Chain", 201, "the node's unconfirmed transactions cache is full"),
    /** The transaction expired while unconfirmed. */
    CHAIN_TRANSACTION_EXPIRED(0xFF, "Chain", 202, "the transaction's deadline passed before it was confirmed");

    private final int facility;
    private final String family;
    private final int code;
    private final String reason;

    CoreResults(int facility, String family, int code, String reason) {
        this.facility = facility;
        this.family = family;
        this.code = code;
        this.reason = reason;
    }

    @Override
    public Severity severity() {
        return Severity.FAILURE;
    }

    @Override
    public int facility() {
        return facility;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String statusName() {
        String prefix = family.toUpperCase(java.util.Locale.ROOT) + "_";
        String constant = name().startsWith(prefix) ? name().substring(prefix.length()) : name();
        return ResultCodes.statusName(severity(), family, constant);
    }

    @Override
    public String reason() {
        return reason;
    }
}
