using Orleans.Runtime;
using Realtime.Storage.AzureTable.Storage;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class OptionsValidationTests
{
    private static AzureTableGrainStorageOptions Valid() => new()
    {
        ConnectionString = AzuriteConnectionStrings.ForTablePort(10002),
        GrainStorageSerializer = new JsonStateSerializer(),
    };

    [Fact]
    public void Valid_options_pass_with_the_default_table_name()
    {
        AzureTableGrainStorageOptions options = Valid();

        new AzureTableGrainStorageConfigurationValidator(options, "azure").ValidateConfiguration();

        Assert.Equal("OrleansGrainState", options.TableName);
    }

    [Fact]
    public void Missing_connection_string_is_named_in_the_error()
    {
        AzureTableGrainStorageOptions options = Valid();
        options.ConnectionString = "";

        var error = Assert.Throws<OrleansConfigurationException>(
            () => new AzureTableGrainStorageConfigurationValidator(options, "azure").ValidateConfiguration());

        Assert.Contains(nameof(AzureTableGrainStorageOptions.ConnectionString), error.Message, StringComparison.Ordinal);
        Assert.Contains("'azure'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparsable_connection_string_is_refused()
    {
        AzureTableGrainStorageOptions options = Valid();
        options.ConnectionString = "this is not a connection string";

        var error = Assert.Throws<OrleansConfigurationException>(
            () => new AzureTableGrainStorageConfigurationValidator(options, "azure").ValidateConfiguration());

        Assert.Contains("not a valid Azure Storage connection string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1starts-with-digit")]
    [InlineData("has_underscore")]
    [InlineData("")]
    public void Table_name_azure_refuses_is_named_in_the_error(string tableName)
    {
        AzureTableGrainStorageOptions options = Valid();
        options.TableName = tableName;

        var error = Assert.Throws<OrleansConfigurationException>(
            () => new AzureTableGrainStorageConfigurationValidator(options, "azure").ValidateConfiguration());

        Assert.Contains(nameof(AzureTableGrainStorageOptions.TableName), error.Message, StringComparison.Ordinal);
    }
}
