package io.sirius.consensus.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The harvester's settings, PID {@code io.sirius.harvesting} ({@code etc/io.sirius.harvesting.cfg}).
 */
@ObjectClassDefinition(name = "Sirius harvesting", description = "Whether and with which key this node produces blocks")
public @interface HarvestingSettings {

    /** @return whether to harvest */
    @AttributeDefinition(description = "Produce blocks with the harvester key")
    boolean enabled() default true;

    /** @return the key file */
    @AttributeDefinition(description = "The harvester's key file (sirius-key-1 format); empty for the devnet's "
            + "${karaf.data}/sirius/devnet/harvester.key")
    String keyFile() default "";

    /** @return the fee interest */
    @AttributeDefinition(description = "Share of each transaction's maximum fee this harvester charges: numerator")
    int feeInterest() default 1;

    /** @return the fee interest denominator */
    @AttributeDefinition(description = "Share of each transaction's maximum fee this harvester charges: denominator")
    int feeInterestDenominator() default 2;

    /** @return the beneficiary */
    @AttributeDefinition(description = "Public key (hex) that shares this harvester's fees; empty for none")
    String beneficiary() default "";

    /** @return the interval */
    @AttributeDefinition(description = "How often, in milliseconds, the harvester checks whether it may produce a block")
    int intervalMillis() default 250;
}
