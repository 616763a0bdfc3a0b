using System.Text.Json;
using MathPlc.Standards;

namespace MathPlc.Standards.Case;

/// <summary>Writes a <see cref="CasePackage"/> as CASE 1.0 JSON, properties in the schema's order, absent values left out.</summary>
internal static class CaseWriter
{
    public static void Write(Utf8JsonWriter json, CasePackage package)
    {
        var framework = package.Framework;
        json.WriteStartObject();
        json.WritePropertyName("CFDocument");
        WriteDocument(json, framework.Document);
        json.WriteStartArray("CFItems");
        foreach (var item in framework.Items) WriteItem(json, item);
        json.WriteEndArray();
        json.WriteStartArray("CFAssociations");
        foreach (var association in framework.Associations) WriteAssociation(json, association);
        json.WriteEndArray();
        if (package.Definitions is { } definitions)
        {
            json.WritePropertyName("CFDefinitions");
            json.WriteRawValue(definitions);
        }
        if (package.Rubrics is { } rubrics)
        {
            json.WritePropertyName("CFRubrics");
            json.WriteRawValue(rubrics);
        }
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, FrameworkDocument document)
    {
        json.WriteStartObject();
        json.WriteString("identifier", document.Identifier);
        Text(json, "uri", document.Uri);
        Text(json, "creator", document.Creator);
        json.WriteString("title", document.Title);
        Text(json, "lastChangeDateTime", document.LastChangeDateTime);
        Text(json, "officialSourceURL", document.OfficialSourceUrl);
        Text(json, "publisher", document.Publisher);
        Text(json, "description", document.Description);
        Texts(json, "subject", document.Subjects);
        if (!document.SubjectLinks.IsEmpty)
        {
            json.WriteStartArray("subjectURI");
            foreach (var link in document.SubjectLinks) WriteLink(json, null, link);
            json.WriteEndArray();
        }
        Text(json, "language", document.Language);
        Text(json, "version", document.Version);
        Text(json, "adoptionStatus", document.AdoptionStatus);
        Text(json, "statusStartDate", document.StatusStartDate);
        Text(json, "statusEndDate", document.StatusEndDate);
        WriteLink(json, "licenseURI", document.LicenseLink);
        Text(json, "notes", document.Notes);
        WriteLink(json, "CFPackageURI", document.PackageLink);
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, FrameworkItem item)
    {
        json.WriteStartObject();
        json.WriteString("identifier", item.Id.Value);
        json.WriteString("fullStatement", item.Statement);
        Text(json, "alternativeLabel", item.AlternativeLabel);
        Text(json, "CFItemType", item.ItemType);
        Text(json, "uri", item.Uri);
        Text(json, "humanCodingScheme", item.Code);
        Text(json, "listEnumeration", item.ListEnumeration);
        Text(json, "abbreviatedStatement", item.AbbreviatedStatement);
        Texts(json, "conceptKeywords", item.ConceptKeywords);
        WriteLink(json, "conceptKeywordsURI", item.ConceptKeywordsLink);
        Text(json, "notes", item.Notes);
        Text(json, "language", item.Language);
        Texts(json, "educationLevel", item.Grades);
        WriteLink(json, "CFItemTypeURI", item.ItemTypeLink);
        WriteLink(json, "licenseURI", item.LicenseLink);
        Text(json, "statusStartDate", item.StatusStartDate);
        Text(json, "statusEndDate", item.StatusEndDate);
        Text(json, "lastChangeDateTime", item.LastChangeDateTime);
        WriteLink(json, "CFDocumentURI", item.DocumentLink);
        json.WriteEndObject();
    }

    private static void WriteAssociation(Utf8JsonWriter json, FrameworkAssociation association)
    {
        json.WriteStartObject();
        json.WriteString("identifier", association.Identifier);
        json.WriteString("associationType", association.AssociationType);
        if (association.SequenceNumber is { } sequence) json.WriteNumber("sequenceNumber", sequence);
        Text(json, "uri", association.Uri);
        WriteLink(json, "originNodeURI", association.Origin);
        WriteLink(json, "destinationNodeURI", association.Destination);
        WriteLink(json, "CFAssociationGroupingURI", association.GroupingLink);
        Text(json, "lastChangeDateTime", association.LastChangeDateTime);
        WriteLink(json, "CFDocumentURI", association.DocumentLink);
        json.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter json, string? name, FrameworkLink? link)
    {
        if (link is null) return;
        if (name is null) json.WriteStartObject(); else json.WriteStartObject(name);
        json.WriteString("title", link.Title);
        json.WriteString("identifier", link.Identifier);
        json.WriteString("uri", link.Uri);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void Texts(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        if (values.IsEmpty) return;
        json.WriteStartArray(name);
        foreach (string value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
