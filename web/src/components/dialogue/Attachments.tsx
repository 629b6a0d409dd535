/**
 * A report's or a consultation's documents: the list with downloads, and for those who may edit, an
 * upload of a PDF or DOCX with its progress and the removal of a wrong one (after a confirmation). The
 * server decides what it accepts; its refusal (wrong type 415, too large 413, a name with a path 400) is
 * shown next to the file input, a refused removal under the list.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, currentCsrfToken } from '../../api.ts';
import type { Attachment } from '../../dialogue.ts';

function upload(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; body: { detail?: string } & Partial<Attachment> }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body = {};
      try {
        body = JSON.parse(request.responseText || '{}');
      } catch {
        body = {};
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error('network'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

export function Attachments(props: {
  base: string;
  attachments: Attachment[];
  /** The caller may update the report or consultation: upload and remove. */
  canUpload: boolean;
  onUploaded(attachment: Attachment): void;
  onRemoved(attachment: Attachment): void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  // What to say is kept, not the sentence, so that it follows a change of language.
  const [problem, setProblem] = useState<{ status: number; detail?: string | undefined }>();
  const [uploaded, setUploaded] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [removing, setRemoving] = useState<number>();
  const [removed, setRemoved] = useState<string>();
  const [removeProblem, setRemoveProblem] = useState<{ status: number; detail?: string | undefined }>();

  /** The refusal in the reader's language, with the server's own words when they add something. */
  function describe({ status, detail }: { status: number; detail?: string | undefined }): string {
    if (status === 0) return t('dialogueForms.chooseFirst');
    if (status === -1) return t('common.error');
    const why =
      status === 415
        ? t('dialogueForms.refusedType')
        : status === 413
          ? t('dialogueForms.refusedSize')
          : status === 403
            ? t('dialogueForms.forbidden')
            : '';
    return t('dialogueForms.refused', {
      reason: why ? `${why}${detail ? ` (${detail})` : ''}` : (detail ?? status),
    });
  }

  async function remove(attachment: Attachment) {
    if (!window.confirm(t('dialogueForms.confirmRemoveAttachment', { name: attachment.fileName }))) return;
    setRemoveProblem(undefined);
    setRemoved(undefined);
    setUploaded(undefined);
    setRemoving(attachment.id);
    try {
      await api(`${props.base}/attachments/${attachment.id}`, { method: 'DELETE' });
      setRemoved(attachment.fileName);
      props.onRemoved(attachment);
    } catch (error) {
      setRemoveProblem(
        error instanceof ApiError ? { status: error.status, detail: error.problem.detail } : { status: -1 },
      );
      // Removed meanwhile by someone else: the list stops showing it too.
      if (error instanceof ApiError && error.status === 404) props.onRemoved(attachment);
    } finally {
      setRemoving(undefined);
    }
  }

  /** Why a removal failed, in the reader's language. */
  function describeRemoval({ status, detail }: { status: number; detail?: string | undefined }): string {
    if (status === -1) return t('common.error');
    const why =
      status === 403
        ? t('dialogueForms.forbidden')
        : status === 404
          ? t('dialogueForms.attachmentGone')
          : (detail ?? String(status));
    return t('dialogueForms.removeFailed', { reason: why });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setUploaded(undefined);
    setRemoved(undefined);
    setRemoveProblem(undefined);
    const file = input.current?.files?.[0];
    if (!file) {
      setProblem({ status: 0 });
      return;
    }
    setProgress(0);
    try {
      const { status, body } = await upload(`${props.base}/attachments`, file, setProgress);
      if (status === 201 && body.id) {
        setUploaded(body.fileName);
        if (input.current) input.current.value = '';
        setChosen(undefined);
        props.onUploaded(body as Attachment);
      } else setProblem({ status, detail: body.detail });
    } catch {
      setProblem({ status: -1 });
    } finally {
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="attachments-title" data-testid="attachments">
      <h2 id="attachments-title">{t('dialogue.web.attachments')}</h2>
      {props.attachments.length === 0 ? (
        <p className="muted">{t('dialogue.web.none')}</p>
      ) : (
        <ul>
          {props.attachments.map((a) => (
            <li key={a.id}>
              <a href={`${props.base}/attachments/${a.id}`} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="muted">
                ({a.kind.toUpperCase()}, {Math.max(1, Math.round(a.size / 1024))} KB)
              </span>
              {props.canUpload && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="remove-attachment"
                    aria-label={t('dialogueForms.removeAttachment', { name: a.fileName })}
                    disabled={removing !== undefined}
                    onClick={() => remove(a)}
                  >
                    {t('dialogueForms.removeAttachmentButton')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {removeProblem && (
        <p className="error" role="alert">
          {describeRemoval(removeProblem)}
        </p>
      )}
      {removed && <p role="status">{t('dialogueForms.removedAttachment', { name: removed })}</p>}
      {props.canUpload && (
        <form className="dlg-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={inputId}>{t('dialogueForms.upload')}</label>
            {/* The browser's own button speaks the browser's language: a label in the page's stands for it. */}
            <div className="file-picker">
              <input
                id={inputId}
                ref={input}
                type="file"
                className="file-input"
                accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(e) => setChosen(e.target.files?.[0]?.name)}
                {...(problem ? { 'aria-invalid': true, 'aria-describedby': `${inputId}-error` } : {})}
              />
              <label htmlFor={inputId} className="button">
                {t('dialogueForms.chooseFile')}
              </label>
              <span className="muted">{chosen ?? t('dialogueForms.noFile')}</span>
            </div>
            {problem && (
              <p className="error field-error" id={`${inputId}-error`} role="alert">
                {describe(problem)}
              </p>
            )}
          </div>
          <div className="progress-row">
            <button type="submit" disabled={progress !== null}>
              {t('dialogueForms.uploadButton')}
            </button>
            {progress !== null && (
              <>
                <progress max={1} value={progress} aria-label={t('dialogueForms.uploading')} />
                <span>{Math.round(progress * 100)}%</span>
              </>
            )}
          </div>
          {uploaded && <p role="status">{t('dialogueForms.uploaded', { name: uploaded })}</p>}
        </form>
      )}
    </section>
  );
}
