namespace EduDpa.Web;

/// <summary>
/// Marker for the application's texts: Resources/SharedResource.resx holds the Dutch texts (the
/// neutral language), Resources/SharedResource.en.resx the English ones.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
