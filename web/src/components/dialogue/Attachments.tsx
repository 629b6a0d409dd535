/**
 * A report's or a consultation's documents: the list with downloads, and for those who may edit, an
 * upload of a PDF or DOCX with its progress. The server decides what it accepts; its refusal (wrong
 * type 415, too large 413, a name with a path 400) is shown next to the file input.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentCsrfToken } from '../../api.ts';
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
  canUpload: boolean;
  onUploaded(attachment: Attachment): void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  // What to say is kept, not the sentence, so that it follows a change of language.
  const [problem, setProblem] = useState<{ status: number; detail?: string | undefined }>();
  const [uploaded, setUploaded] = useState<string>();
  const [chosen, setChosen] = useState<string>();

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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setUploaded(undefined);
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
            </li>
          ))}
        </ul>
      )}
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
