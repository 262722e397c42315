package io.sirius.plugin.aggregate.internal.plugin;

import io.sirius.api.model.EntityType;
import io.sirius.api.plugin.LifetimeLimit;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.internal.validators.AggregateEligibleCosignersValidator;
import io.sirius.plugin.aggregate.internal.validators.AggregateSufficientCosignersValidator;
import io.sirius.plugin.aggregate.internal.validators.AggregateTransactionTypeValidator;
import io.sirius.plugin.aggregate.internal.validators.BasicAggregateCosignaturesValidator;
import io.sirius.plugin.aggregate.internal.validators.StrictAggregateCosignaturesValidator;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.aggregate.model.AggregateTransactionBody;
import io.sirius.plugin.aggregate.model.AggregateTypes;
import org.osgi.service.component.annotations.Component;

/**
 * The aggregate family: complete and bonded aggregates of embedded transactions with their cosignatures, in Sirius's
 * V1 form (0x4141, 0x4241; versions 2 and 3; 96-byte cosignatures) and the V2 form of Sirius's account-v2 line
 * (0x4341, 0x4441; version 1; 97-byte cosignatures carrying the cosigner's scheme). Aggregates are top-level only and
 * hold no state; the kernel's partial transaction cache keeps bonded aggregates while they wait for cosignatures, and
 * the REST bundle shows aggregates itself, so no transaction JSON is registered.
 */
@SiriusPlugin(value = "aggregate", types = {"0x4141", "0x4241", "0x4341", "0x4441"})
@Component(service = TransactionPlugin.class)
public final class AggregatePlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "aggregate";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(AggregateConfig.SECTION);
        registrar.transaction(descriptor("Aggregate_Complete", AggregateTypes.AGGREGATE_COMPLETE, false));
        registrar.transaction(descriptor("Aggregate_Bonded", AggregateTypes.AGGREGATE_BONDED, false));
        registrar.transaction(descriptor("Aggregate_Complete_V2", AggregateTypes.AGGREGATE_COMPLETE_V2, true));
        registrar.transaction(descriptor("Aggregate_Bonded_V2", AggregateTypes.AGGREGATE_BONDED_V2, true));
        registrar.results(AggregateResults.values());
        registrar.statefulValidator(new BasicAggregateCosignaturesValidator());
        registrar.statefulValidator(new StrictAggregateCosignaturesValidator());
        registrar.statefulValidator(new AggregateEligibleCosignersValidator());
        registrar.statefulValidator(new AggregateTransactionTypeValidator());
        registrar.statefulValidator(new AggregateSufficientCosignersValidator());
    }

    /** Both aggregate types may have deadlines up to {@code maxBondedTransactionLifetime} ahead, as in Sirius. */
    static final LifetimeLimit LIFETIME = config -> config.config(AggregateConfig.SECTION).maxBondedTransactionLifetime();

    private static TransactionDescriptor<AggregateTransactionBody> descriptor(String name, EntityType type,
            boolean extended) {
        int min = extended ? AggregateTypes.V2_VERSION : AggregateTypes.V1_MIN_VERSION;
        int max = extended ? AggregateTypes.V2_VERSION : AggregateTypes.V1_VERSION;
        return new TransactionDescriptor<>(name, type, min, max, false, AggregateTransactionBody.class,
                new AggregateTransactionCodec(extended), new AggregateTransactionHandler()).withLifetime(LIFETIME);
    }
}
