/** Shared helpers for the content package's Node tests. */
import { type ContentTypeId } from '@family-hubs/content';
import { validateEntry } from '@family-hubs/content/model-definition';
import { contentModel, CONTENT_TYPE_IDS } from '@family-hubs/content/model';

export { CONTENT_TYPE_IDS, contentModel };

/** Validates `fields` as an entry of `type` with a fixed id. */
export function validateEntryForTest<T extends ContentTypeId>(type: T, fields: Record<string, unknown>, id = `${type}-1`) {
  return validateEntry(contentModel[type], { id, contentType: type, fields });
}
