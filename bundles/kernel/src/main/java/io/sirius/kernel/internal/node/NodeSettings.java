package io.sirius.kernel.internal.node;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The node's local settings, PID {@code io.sirius.node} ({@code etc/io.sirius.node.cfg}).
 */
@ObjectClassDefinition(name = "Sirius node", description = "Where the chain's data lives and how this node runs")
public @interface NodeSettings {

    /** @return the data directory; empty for {@code ${karaf.data}/sirius} */
    @AttributeDefinition(description = "Directory of the chain's data (blocks, state, network files, devnet keys); "
            + "empty for ${karaf.data}/sirius. Never the bundle data area, which goes with the bundle.")
    String dataDirectory() default "";

    /** @return the network type of a devnet created here */
    @AttributeDefinition(description = "Network of a devnet created by this node: public, publicTest, private, "
            + "privateTest, mijin or mijinTest")
    String network() default "mijinTest";

    /** @return whether to create a devnet when the data directory has no chain */
    @AttributeDefinition(description = "Create a development network (nemesis block, keys, funded accounts) when the "
            + "data directory holds no chain")
    boolean devnet() default true;

    /** @return where the devnet config templates are */
    @AttributeDefinition(description = "Directory with the devnet's config-network.properties and "
            + "supported-entities.json; empty for ${karaf.etc}/sirius/devnet")
    String devnetConfigDirectory() default "";

    /** @return user accounts funded in a new devnet */
    @AttributeDefinition(description = "How many user accounts a new devnet funds")
    int devnetFundedAccounts() default 3;

    /** @return what each funded account gets */
    @AttributeDefinition(description = "Atomic units of the currency each funded account gets")
    long devnetFundedAmount() default 1_000_000_000_000L;

    /** @return what the harvester gets */
    @AttributeDefinition(description = "Atomic units of the currency the devnet harvester gets")
    long devnetHarvesterAmount() default 1_000_000_000_000_000L;

    /** @return the currency supply */
    @AttributeDefinition(description = "The devnet currency's supply in atomic units")
    long devnetInitialSupply() default 9_000_000_000_000_000L;

    /** @return threads for signature checks */
    @AttributeDefinition(description = "Threads verifying signatures and other stateless rules; 0 for one per core")
    int verifierThreads() default 0;

    /** @return the unconfirmed pool's size */
    @AttributeDefinition(description = "Most unconfirmed transactions held")
    int maxUnconfirmedTransactions() default 200_000;

    /** @return how blocks pick pooled transactions */
    @AttributeDefinition(description = "How harvested blocks pick unconfirmed transactions: oldest (arrival order, "
            + "Sirius's default), maximize-fee or minimize-fee")
    String transactionSelectionStrategy() default "oldest";

    /** @return the most bonded aggregates waiting for cosignatures */
    @AttributeDefinition(description = "Most bonded aggregates waiting for cosignatures (the partial cache)")
    int maxPartialTransactions() default 10_000;

    /** @return the unconfirmed pool's byte budget */
    @AttributeDefinition(description = "Most bytes of unconfirmed transactions held")
    long maxUnconfirmedBytes() default 256L * 1024 * 1024;

    /** @return the fee multiplier of blocks this node produces */
    @AttributeDefinition(description = "Fee multiplier of the blocks this node harvests (Sirius minFeeMultiplier)")
    int minFeeMultiplier() default 0;
}
