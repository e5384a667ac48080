namespace Realtime.Storage.Tests.AzureTable;

/// <summary>A test grain whose state goes through the Azure Table provider.</summary>
public interface IProfileGrain : IGrainWithStringKey
{
    Task<ProfileState> GetAsync();

    Task RenameAsync(string name);

    Task ClearAsync();

    /// <summary>Identifies the activation, so a test can tell that a new one read the state from storage.</summary>
    Task<Guid> GetActivationIdAsync();

    Task DeactivateAsync();
}
