package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.internal.levy.LevyTransfers;
import io.sirius.plugin.mosaic.internal.levy.RentalFeeTransfers;
import io.sirius.plugin.mosaic.internal.observers.MosaicDefinitionObserver;
import io.sirius.plugin.mosaic.internal.observers.MosaicExpiryReceiptObserver;
import io.sirius.plugin.mosaic.internal.observers.MosaicModifyLevyObserver;
import io.sirius.plugin.mosaic.internal.observers.MosaicRemoveLevyObserver;
import io.sirius.plugin.mosaic.internal.observers.MosaicSupplyChangeObserver;
import io.sirius.plugin.mosaic.internal.rest.MosaicDefinitionTransactionJson;
import io.sirius.plugin.mosaic.internal.rest.MosaicLevyRoute;
import io.sirius.plugin.mosaic.internal.rest.MosaicModifyLevyTransactionJson;
import io.sirius.plugin.mosaic.internal.rest.MosaicRemoveLevyTransactionJson;
import io.sirius.plugin.mosaic.internal.rest.MosaicRichlistRoute;
import io.sirius.plugin.mosaic.internal.rest.MosaicRoute;
import io.sirius.plugin.mosaic.internal.rest.MosaicSearchRoute;
import io.sirius.plugin.mosaic.internal.rest.MosaicSupplyChangeTransactionJson;
import io.sirius.plugin.mosaic.internal.rest.MosaicsRoute;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.internal.validators.MaxMosaicsBalanceTransferValidator;
import io.sirius.plugin.mosaic.internal.validators.MaxMosaicsSupplyChangeValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicActiveValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicAvailabilityValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicDurationValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicIdValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicLevyTransferValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicModifyLevyValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicPropertiesValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicRemoveLevyValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicResults;
import io.sirius.plugin.mosaic.internal.validators.MosaicSupplyChangeAllowedValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicSupplyChangeValidator;
import io.sirius.plugin.mosaic.internal.validators.MosaicTransferValidator;
import io.sirius.plugin.mosaic.internal.validators.ProperMosaicValidator;
import io.sirius.plugin.mosaic.model.LevyCache;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.plugin.mosaic.model.MosaicModifyLevyTransaction;
import io.sirius.plugin.mosaic.model.MosaicRemoveLevyTransaction;
import io.sirius.plugin.mosaic.model.MosaicSupplyChangeTransaction;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import org.osgi.service.component.annotations.Component;

/**
 * The mosaic family: mosaic definitions and supply changes, and Sirius's per-mosaic levies. It owns the Mosaic and
 * MosaicLevy caches and serves {@code GET /mosaic/{mosaicId}}, {@code POST /mosaic},
 * {@code GET /mosaic/{mosaicId}/levy}, {@code GET /mosaic/{mosaicId}/richlist} (from the kernel's holders index) and
 * {@code GET /mosaics}, a search over three indexes of its own ({@code MosaicIndexes}: by definition height, by owner,
 * by supply) that its observers keep beside the Mosaic cache, outside the StateHash.
 *
 * <p>Balances change only through the core's notifications: a supply change publishes a core credit or debit for the
 * owner. Two balance movements Sirius makes depend on state or config that a handler cannot see: a definition's
 * rental fee (config at the height) and the levy on a transfer of a levied mosaic (the levy cache). They are
 * notification derivations ({@link RentalFeeTransfers}, {@link LevyTransfers}) that the kernel runs right after their
 * source notification, turning it into core balance transfers it validates and observes like any other.
 *
 * <p>{@code ProperMosaicValidator} judges the API's {@code MosaicRequiredNotification}, which other plugins (metadata
 * on a mosaic) publish too: while this plugin is not active, nothing checks it.
 */
@SiriusPlugin(value = "mosaic", types = {"0x414D", "0x424D", "0x434D", "0x444D"})
@Component(service = TransactionPlugin.class)
public final class MosaicPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "mosaic";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(MosaicConfig.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Mosaic_Definition", MosaicTypes.MOSAIC_DEFINITION,
                MosaicTypes.MOSAIC_DEFINITION_VERSION, MosaicTypes.MOSAIC_DEFINITION_VERSION, true,
                MosaicDefinitionTransaction.class, new MosaicDefinitionTransactionCodec(),
                new MosaicDefinitionTransactionHandler()));
        registrar.transaction(new TransactionDescriptor<>("Mosaic_Supply_Change", MosaicTypes.MOSAIC_SUPPLY_CHANGE,
                MosaicTypes.MOSAIC_SUPPLY_CHANGE_VERSION, MosaicTypes.MOSAIC_SUPPLY_CHANGE_VERSION, true,
                MosaicSupplyChangeTransaction.class, new MosaicSupplyChangeTransactionCodec(),
                new MosaicSupplyChangeTransactionHandler()));
        registrar.transaction(new TransactionDescriptor<>("Mosaic_Modify_Levy", MosaicTypes.MOSAIC_MODIFY_LEVY,
                MosaicTypes.MOSAIC_MODIFY_LEVY_VERSION, MosaicTypes.MOSAIC_MODIFY_LEVY_VERSION, true,
                MosaicModifyLevyTransaction.class, new MosaicModifyLevyTransactionCodec(),
                new MosaicModifyLevyTransactionHandler()));
        registrar.transaction(new TransactionDescriptor<>("Mosaic_Remove_Levy", MosaicTypes.MOSAIC_REMOVE_LEVY,
                MosaicTypes.MOSAIC_REMOVE_LEVY_VERSION, MosaicTypes.MOSAIC_REMOVE_LEVY_VERSION, true,
                MosaicRemoveLevyTransaction.class, new MosaicRemoveLevyTransactionCodec(),
                new MosaicRemoveLevyTransactionHandler()));
        registrar.transactionJson(MosaicTypes.MOSAIC_DEFINITION, new MosaicDefinitionTransactionJson());
        registrar.transactionJson(MosaicTypes.MOSAIC_SUPPLY_CHANGE, new MosaicSupplyChangeTransactionJson());
        registrar.transactionJson(MosaicTypes.MOSAIC_MODIFY_LEVY, new MosaicModifyLevyTransactionJson());
        registrar.transactionJson(MosaicTypes.MOSAIC_REMOVE_LEVY, new MosaicRemoveLevyTransactionJson());
        registrar.results(MosaicResults.values());
        registrar.statelessValidator(new MosaicIdValidator());
        registrar.statelessValidator(new MosaicPropertiesValidator());
        registrar.statelessValidator(new MosaicSupplyChangeValidator());
        registrar.statefulValidator(new ProperMosaicValidator());
        registrar.statefulValidator(new MosaicAvailabilityValidator());
        registrar.statefulValidator(new MosaicDurationValidator());
        registrar.statefulValidator(new MosaicTransferValidator());
        registrar.statefulValidator(new MaxMosaicsBalanceTransferValidator());
        registrar.statefulValidator(new MaxMosaicsSupplyChangeValidator());
        registrar.statefulValidator(new MosaicActiveValidator());
        registrar.statefulValidator(new MosaicSupplyChangeAllowedValidator());
        registrar.statefulValidator(new MosaicModifyLevyValidator());
        registrar.statefulValidator(new MosaicRemoveLevyValidator());
        registrar.statefulValidator(new MosaicLevyTransferValidator());
        registrar.observer(new MosaicDefinitionObserver());
        registrar.observer(new MosaicSupplyChangeObserver());
        registrar.observer(new MosaicModifyLevyObserver());
        registrar.observer(new MosaicRemoveLevyObserver());
        registrar.observer(new MosaicExpiryReceiptObserver());
        registrar.derivation(new RentalFeeTransfers());
        registrar.derivation(new LevyTransfers());
        registrar.cache(MosaicCache.DESCRIPTOR);
        registrar.cache(LevyCache.DESCRIPTOR);
        MosaicIndexes.ALL.forEach(registrar::index);
        registrar.route(MosaicRoute.descriptor());
        registrar.route(MosaicsRoute.descriptor());
        registrar.route(MosaicLevyRoute.descriptor());
        registrar.route(MosaicRichlistRoute.descriptor());
        registrar.route(MosaicSearchRoute.descriptor());
    }
}
