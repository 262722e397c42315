package io.sirius.kernel.chain;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.state.StateView;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The node's chain. Provided by the kernel once its stores are open (the status says when it is still starting).
 */
@ProviderType
public interface ChainService {

    /** @return what the node is doing */
    NodeStatus status();

    /** @return the network's immutable settings, empty while starting */
    Optional<NetworkInfo> network();

    /**
     * @param height a height
     * @return the block there, if the chain reaches it
     */
    Optional<BlockInfo> block(long height);

    /**
     * Announces a signed transaction (as {@code PUT /transactions} does).
     *
     * @param payload its bytes
     * @return accepted, or why not
     */
    Announcement announce(byte[] payload);

    /**
     * Announces a bonded aggregate with the cosignatures it has (as {@code PUT /transactions/partial} does): it waits
     * in the partial cache until its cosigners have signed, then becomes unconfirmed.
     *
     * @param payload its bytes
     * @return accepted (waiting, or already complete and unconfirmed), or why not
     */
    Announcement announcePartial(byte[] payload);

    /**
     * Adds a detached cosignature to a waiting bonded aggregate (as {@code PUT /transactions/cosignature} does).
     *
     * @param parentHash the aggregate's hash
     * @param signer the cosigner
     * @param signature its signature of the aggregate's hash
     * @param scheme how it signed
     * @return accepted, or why not
     */
    Announcement cosign(Hash256 parentHash, PublicKey signer, Signature signature, DerivationScheme scheme);

    /**
     * @param hash a bonded aggregate's hash
     * @return it, with the cosignatures it has, if it waits in the partial cache
     */
    Optional<TransactionRecord> partialTransaction(Hash256 hash);

    /**
     * @param hash a transaction's hash
     * @return it, if it waits in the unconfirmed pool (a lookup by hash, whatever the pool's size)
     */
    Optional<TransactionRecord> unconfirmedTransaction(Hash256 hash);

    /**
     * @param hash a transaction hash
     * @return where it stands, if this node knows it
     */
    Optional<TransactionState> transaction(Hash256 hash);

    /**
     * @param hash a confirmed transaction's hash
     * @return it, as confirmed and where, if the chain holds it (at any age)
     */
    Optional<TransactionRecord> confirmedTransaction(Hash256 hash);

    /**
     * Searches confirmed or unconfirmed transactions.
     *
     * @param query what to look for and which page
     * @return the page
     * @throws IllegalArgumentException if the query cannot be answered as asked (the message says how to narrow it)
     * @throws IllegalStateException if the node is not running
     */
    TransactionPage transactions(TransactionQuery query);

    /** @return the unconfirmed transactions' bytes, in arrival order */
    List<byte[]> unconfirmedTransactions();

    /**
     * @param height a height up to the next block's
     * @return the network configuration in force there
     */
    Optional<ConfigTexts> config(long height);

    /** @return this node's identity key (its boot key), created with the data directory; empty while starting */
    Optional<PublicKey> nodeKey();

    /** @return where this node keeps its data (devnet keys are in its {@code devnet} folder) */
    java.nio.file.Path dataDirectory();

    /** @return the committed state at the chain's height */
    StateView state();

    /**
     * Produces the next block with the harvester's key, if it may (eligible and its hit is below its target now).
     *
     * @param request the harvester
     * @return the block produced, or why none was
     */
    HarvestResult harvest(HarvestRequest request);

    /**
     * @param listener told about new blocks and transaction state changes
     */
    void addListener(ChainEvents listener);

    /**
     * @param listener a listener added before
     */
    void removeListener(ChainEvents listener);
}
